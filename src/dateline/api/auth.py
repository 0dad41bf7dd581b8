"""The write-endpoint token: `Authorization: Bearer TOKEN`, compared in constant time."""

from __future__ import annotations

import hmac

from fastapi import Request

from .envelope import ApiError
from .services import Services

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="dateline"'}


def services(request: Request) -> Services:
    """The app's services (a FastAPI dependency)."""
    return request.app.state.services  # type: ignore[no-any-return]


def check_token(request: Request) -> None:
    """Refuse unless the request carries the server's token; with no token at all, refuse every write."""
    expected = services(request).token
    if expected is None:
        raise ApiError(403, "E_WRITES_DISABLED", "write endpoints are disabled: the server listens on a "
                       "non-loopback address and no API token is configured (set --token or DATELINE_SERVE_TOKEN)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "E_TOKEN_MISSING", "this endpoint needs an API token: Authorization: Bearer TOKEN",
                       headers=CHALLENGE)
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "E_TOKEN_INVALID", "the API token is wrong", headers=CHALLENGE)
