"""robots.txt: read once per host (again after an hour) through the polite fetcher, Crawl-delay included."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

from .fetch import Fetcher, FetchError, host_of

AGENT = "dateline"  # the token robots.txt groups are matched against
TTL = 3600.0
RETRY_AFTER = 300.0  # an unreachable robots.txt blocks the host only this long


@dataclass
class Robots:
    """Answers "may this URL be fetched?" per RFC 9309: a missing file allows all, an unreachable one none."""

    fetcher: Fetcher
    _rules: dict[str, tuple[RobotFileParser | None, float]] = field(default_factory=dict)

    def allowed(self, url: str) -> bool:
        """True when the host's robots.txt lets the dateline agent fetch url."""
        host = host_of(url)
        rules, expires = self._rules.get(host, (None, -1.0))
        if self.fetcher.clock() >= expires:
            rules = self._load(host)
        if rules is None:
            return True
        return rules.can_fetch(AGENT, url)

    def _load(self, host: str) -> RobotFileParser | None:
        """Fetch and parse host/robots.txt; None means everything is allowed."""
        now = self.fetcher.clock()
        rules: RobotFileParser | None
        try:
            resp = self.fetcher.get(host + "/robots.txt")
        except FetchError as e:
            if e.permanent:  # 4xx: there are no rules
                self._rules[host] = (None, now + TTL)
                return None
            rules = RobotFileParser()
            rules.disallow_all = True  # 5xx or unreachable: assume nothing is allowed, for a while
            self._rules[host] = (rules, now + RETRY_AFTER)
            return rules
        rules = RobotFileParser()
        rules.parse(resp.body.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(AGENT)
        if delay:
            self.fetcher.set_host_delay(host, float(delay))
        self._rules[host] = (rules, now + TTL)
        return rules
