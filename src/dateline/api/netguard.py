"""Which addresses a fetched URL may reach: public unicast only, unless a setting allows a network (SSRF guard).

Names are resolved here, every address they resolve to is checked, and the connection is then made to a checked
address (never resolved again), so a name that changes its answer between check and connect gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]


class BlockedAddress(Exception):
    """The URL's host is, or resolves to, an address the policy refuses."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        super().__init__(f"{host} resolves to {address}, a {reason} address: refused")
        self.host, self.address, self.reason = host, address, reason


def refusal_reason(ip: IPAddress) -> str | None:
    """Why an address is not a public unicast one (None when it is)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:  # an IPv4 address in IPv6 clothes is judged as itself
            inner = refusal_reason(embedded)
            return inner
    checks = (("loopback", ip.is_loopback), ("unspecified", ip.is_unspecified), ("link-local", ip.is_link_local),
              ("multicast", ip.is_multicast), ("private", ip.is_private), ("reserved", ip.is_reserved),
              ("site-local", getattr(ip, "is_site_local", False)))
    for reason, hit in checks:
        if hit:
            return reason
    if not ip.is_global:  # carrier-grade NAT (100.64/10), benchmarking, documentation ranges, ...
        return "non-global"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses pass; others only inside an explicitly allowed network."""

    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_cidrs(cls, cidrs: Iterable[str]) -> AddressPolicy:
        """A policy allowing these networks besides the public internet."""
        return cls(tuple(ipaddress.ip_network(c, strict=False) for c in cidrs))

    def check(self, host: str, address: str) -> IPAddress:
        """The address, parsed; BlockedAddress when the policy refuses it."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
        reason = refusal_reason(ip)
        if reason is None or any(ip.version == n.version and ip in n for n in self.allow):
            return ip
        raise BlockedAddress(host, str(ip), reason)

    def resolve(self, host: str, port: int, resolver: Resolver | None = None) -> list[IPAddress]:
        """Every address host resolves to, each checked; BlockedAddress if any is refused."""
        addresses = (resolver or system_resolver)(host, port)
        if not addresses:
            raise OSError(f"{host} does not resolve to any address")
        return [self.check(host, a) for a in addresses]


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for host (a literal address gives itself)."""
    infos: Sequence[tuple[object, ...]] = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for info in infos:
        seen.setdefault(str(info[4][0]), None)  # type: ignore[index]
    return list(seen)
