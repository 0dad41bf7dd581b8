"""One JSON error envelope for every failure: {"error": {"code", "message", "status", ...}}.

Codes are stable strings clients match on. HTTP-level failures get codes from their status; dateline's own
errors keep theirs (E_EMPTY, E_QUERY, ...), mapped to a status by `STATUS_OF_CODE`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import errors as E
from ..errors import DatelineError

log = logging.getLogger("dateline.api")

CODE_OF_STATUS = {400: "E_BAD_REQUEST", 401: "E_UNAUTHORIZED", 403: "E_FORBIDDEN", 404: "E_NOT_FOUND",
                  405: "E_METHOD_NOT_ALLOWED", 409: "E_CONFLICT", 411: "E_LENGTH_REQUIRED", 413: "E_TOO_LARGE",
                  415: "E_UNSUPPORTED_MEDIA_TYPE", 422: "E_INVALID", 429: "E_TOO_MANY", 500: "E_INTERNAL",
                  502: "E_BAD_GATEWAY", 503: "E_UNAVAILABLE", 504: "E_TIMEOUT"}
# dateline's error codes as HTTP statuses: bad input is the client's (422), a failed stage is ours (500).
STATUS_OF_CODE = {E.E_EMPTY: 422, E.E_BINARY: 422, E.E_ENCODING: 422, E.E_TOO_LARGE: 413, E.E_NO_TEXT: 422,
                  E.E_BAD_JSON: 422, E.E_BAD_FIELD: 422, E.E_NO_ARTICLE: 422, E.E_UNREADABLE: 422,
                  E.E_UNSUPPORTED: 422, E.E_STAGE: 500, E.E_TIMEOUT: 503, "E_QUERY": 400, "E_LOCKED": 503,
                  "E_SCHEMA": 503, "E_READ_ONLY": 403}


class ApiError(StarletteHTTPException):
    """An error the API answers with on purpose: status, stable code, message and optional details."""

    def __init__(self, status: int, code: str, message: str, details: Mapping[str, Any] | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=dict(headers) if headers else None)
        self.code = code
        self.message = message
        self.details = dict(details or {})


def envelope(status: int, code: str, message: str, **details: Any) -> dict[str, Any]:
    """The error body."""
    return {"error": {"code": code, "message": message, "status": status, **details}}


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None,
                   **details: Any) -> JSONResponse:
    """A JSON response carrying the envelope."""
    return JSONResponse(envelope(status, code, message, **details), status_code=status,
                        headers=dict(headers) if headers else None)


def from_dateline_error(e: DatelineError) -> ApiError:
    """The API error for one of dateline's errors (its code kept)."""
    status = STATUS_OF_CODE.get(e.code, 500 if e.code.startswith(("E_STAGE", "E_CONFIG", "E_PIPELINE")) else 400)
    details = {"stage": e.stage} if isinstance(e, E.StageError) else None
    return ApiError(status, e.code, e.message, details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, ApiError):
        return error_response(exc.status_code, exc.code, exc.message, exc.headers, **exc.details)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such resource: {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    code = CODE_OF_STATUS.get(exc.status_code, f"E_HTTP_{exc.status_code}")
    return error_response(exc.status_code, code, message, exc.headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                for e in exc.errors()]
    first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"])
    return error_response(422, "E_INVALID", f"{where}: {first['msg']}" if where else str(first["msg"]),
                          problems=problems)


async def _dateline_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DatelineError)
    return await _http_error(request, from_dateline_error(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the server log only: clients learn that it failed, never how.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "E_INTERNAL", "internal server error")


def install(app: FastAPI) -> None:
    """Make every error of the app answer with the envelope."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DatelineError, _dateline_error)
    app.add_exception_handler(Exception, _unexpected)
