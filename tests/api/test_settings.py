"""Server settings: defaults, DATELINE_SERVE_* variables, overrides, and refused values."""

from __future__ import annotations

import pytest

from dateline.api.settings import SERVE_SETTINGS, ServeSettings, is_loopback_host, load_serve_settings
from dateline.errors import ConfigError


@pytest.mark.parametrize(("env", "overrides", "field", "value"), [
    ({}, {}, "port", 8000),
    ({"DATELINE_SERVE_PORT": "9001"}, {}, "port", 9001),
    ({"DATELINE_SERVE_PORT": "9001"}, {"port": 9002}, "port", 9002),
    ({"DATELINE_SERVE_TOKEN": "s3cret"}, {}, "token", "s3cret"),
    ({"DATELINE_SERVE_READ_ONLY": "yes"}, {}, "read_only", True),
    ({"DATELINE_SERVE_FETCH_ALLOW": "10.0.0.0/8, 127.0.0.1/32"}, {}, "fetch_allow", ("10.0.0.0/8", "127.0.0.1/32")),
    ({}, {"port": None}, "port", 8000),  # None means "not given"
])
def test_settings_sources(env: dict[str, str], overrides: dict[str, object], field: str, value: object) -> None:
    assert getattr(load_serve_settings(env=env, **overrides), field) == value


@pytest.mark.parametrize(("env", "overrides"), [
    ({"DATELINE_SERVE_PORT": "eighty"}, {}),
    ({}, {"fetch_allow": ["not-a-network"]}),
    ({}, {"colour": "blue"}),
])
def test_settings_refused(env: dict[str, str], overrides: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        load_serve_settings(env=env, **overrides)


@pytest.mark.parametrize("setting", SERVE_SETTINGS, ids=lambda s: s.name)
def test_settings_declared_match_the_dataclass(setting: object) -> None:
    assert getattr(ServeSettings(), setting.name) == (  # type: ignore[attr-defined]
        tuple(setting.default) if isinstance(setting.default, list) else setting.default)  # type: ignore[attr-defined]
    assert setting.help  # type: ignore[attr-defined]


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.1.2.3", True), ("localhost", True),
                                                ("::1", True), ("[::1]", True), ("0.0.0.0", False), ("::", False),
                                                ("192.168.1.5", False), ("example.org", False)])
def test_settings_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback
