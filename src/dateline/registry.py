"""The one place pipeline stages are registered, with what each requires and assigns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .config import Settings
    from .doc import Doc


class Stage(Protocol):
    """A pipeline stage: a callable Doc -> Doc (it may also offer `pipe` for batches)."""

    def __call__(self, doc: Doc) -> Doc: ...


StageFactory = Callable[["Settings"], Stage]


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage: its name, the Doc attributes it needs and sets, and its factory."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: StageFactory
    doc: str


_STAGES: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Any], Any]:
    """Register a stage factory under `name`: `factory(settings)` returns the stage callable."""

    def register(factory: StageFactory) -> StageFactory:
        if name in _STAGES and _STAGES[name].factory is not factory:
            raise ValueError(f"stage {name!r} registered twice")
        doc = (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else ""
        _STAGES[name] = StageSpec(name, tuple(requires), tuple(assigns), factory, doc)
        return factory

    return register


def stages() -> dict[str, StageSpec]:
    """Every registered stage by name (the built-in stages are imported first)."""
    from . import stages as _builtin  # noqa: F401  -- importing registers the built-in stages

    return dict(_STAGES)


def get(name: str) -> StageSpec | None:
    """The registered stage of this name, or None."""
    return stages().get(name)


def pipe_each(stage_fn: Stage, docs: Iterable[Doc]) -> Iterator[Doc]:
    """Run a stage over docs one by one (the default for stages without their own `pipe`)."""
    for d in docs:
        yield stage_fn(d)
