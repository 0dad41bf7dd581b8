"""The SSRF address policy: public unicast passes; private, loopback, link-local, multicast, reserved and
their IPv6 disguises are refused unless a network is explicitly allowed; every resolved address counts."""

from __future__ import annotations

import ipaddress

import pytest

from dateline.api.netguard import AddressPolicy, BlockedAddress, refusal_reason


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    # Python's tables file these under "private" or "reserved" depending on its version: refused either way.
    ("240.0.0.1", None), ("255.255.255.255", None), ("100.64.0.1", None), ("192.0.2.1", None),
    ("198.18.0.1", None), ("64:ff9b::a00:1", None),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"), ("2002:a00:1::", "private"),
])
def test_netguard_refuses_non_public(address: str, reason: str | None) -> None:
    found = refusal_reason(ipaddress.ip_address(address))
    assert found is not None
    if reason is not None:
        assert found == reason


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111"])
def test_netguard_allows_public(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(("answers", "blocked"), [
    (["93.184.216.34"], None),
    (["93.184.216.34", "10.0.0.7"], "10.0.0.7"),  # one private answer among public ones is enough
    (["127.0.0.1"], "127.0.0.1"),
    (["fe80::1%eth0"], "fe80::1"),
])
def test_netguard_checks_every_resolved_address(answers: list[str], blocked: str | None) -> None:
    policy = AddressPolicy()
    if blocked is None:
        assert [str(a) for a in policy.resolve("news.example", 80, lambda h, p: answers)] == answers
    else:
        with pytest.raises(BlockedAddress) as e:
            policy.resolve("news.example", 80, lambda h, p: answers)
        assert e.value.address == blocked and e.value.host == "news.example"


@pytest.mark.parametrize(("allow", "address", "ok"), [
    (["127.0.0.1/32"], "127.0.0.1", True),
    (["127.0.0.1/32"], "127.0.0.2", False),
    (["10.0.0.0/8"], "10.20.30.40", True),
    (["10.0.0.0/8"], "192.168.0.1", False),
    (["::1/128"], "::1", True),
])
def test_netguard_allowed_networks(allow: list[str], address: str, ok: bool) -> None:
    policy = AddressPolicy.from_cidrs(allow)
    if ok:
        assert str(policy.check("h", address)) == address
    else:
        with pytest.raises(BlockedAddress):
            policy.check("h", address)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "2130706433", "0x7f000001", "[::1]"])
def test_netguard_system_resolver_disguises(host: str) -> None:
    # Decimal and hex spellings of 127.0.0.1 resolve to it, and are refused like it.
    with pytest.raises(BlockedAddress):
        AddressPolicy().resolve(host, 80)
