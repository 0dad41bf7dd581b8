"""Settings: declared defaults, user TOML overrides of settings and of the stage list, environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import SETTINGS, default_stages, load_settings
from dateline.errors import ConfigError


def test_config_defaults_cover_every_declared_setting() -> None:
    settings = load_settings(env={})
    for s in SETTINGS:
        assert settings[s.name] == s.default
        assert s.help and s.help[0].islower(), f"{s.name} needs a one-line help"


@pytest.mark.parametrize("toml,name,value", [
    ('[nlp]\nmodel = "my_model"\n', "nlp.model", "my_model"),
    ("[limits]\nmax_chars = 10\n", "limits.max_chars", 10),
])
def test_config_user_file_overrides_a_setting(tmp_path: Path, toml: str, name: str, value: object) -> None:
    path = tmp_path / "user.toml"
    path.write_text(toml)
    assert load_settings(path, env={})[name] == value


@pytest.mark.parametrize("toml,expected_missing,expected_present", [
    ('[pipeline]\ndisable = ["events"]\n', "events", "quotes"),
    ('[pipeline]\nstages = ["segment", "dateline"]\n', "nlp", "dateline"),
])
def test_config_user_file_overrides_stages_in_part(tmp_path: Path, toml: str, expected_missing: str,
                                                   expected_present: str) -> None:
    path = tmp_path / "user.toml"
    path.write_text(toml)
    stages = load_settings(path, env={}).stages
    assert expected_missing not in stages and expected_present in stages


@pytest.mark.parametrize("toml", ['[nlp]\nmodle = "x"\n', '[pipeline]\ndisable = ["nope"]\n', "not toml ["])
def test_config_rejects_unknown_or_broken_files(tmp_path: Path, toml: str) -> None:
    path = tmp_path / "user.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError):
        load_settings(path, env={})


@pytest.mark.parametrize("var,value,name,expected", [
    ("DATELINE_NLP_MODEL", "other", "nlp.model", "other"),
    ("DATELINE_LIMITS_MAX_CHARS", "123", "limits.max_chars", 123),
    ("DATELINE_OUTPUT_PROGRESS", "false", "output.progress", False),
])
def test_config_environment_overrides(var: str, value: str, name: str, expected: object) -> None:
    assert load_settings(env={var: value})[name] == expected


def test_config_default_stages_start_with_segment() -> None:
    stages = default_stages()
    assert stages[0] == "segment" and len(set(stages)) == len(stages)
