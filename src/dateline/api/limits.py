"""Request body size limit as ASGI middleware: a declared length over the limit is answered at once, unread,
and a body streamed without one is counted chunk by chunk and cut off as soon as it passes the limit."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .envelope import ApiError, envelope


class BodyTooLarge(ApiError):
    """The body passed the limit while being read (raised from `receive`, turned into a 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, "E_TOO_LARGE", f"the request body is larger than the limit of {limit:,} bytes",
                         {"limit": limit}, headers={"Connection": "close"})


class BodyLimit:
    """Refuses request bodies larger than max_bytes without reading them whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _answer(send, 400, "E_BAD_REQUEST", "the Content-Length header is not a number")
            return
        if declared is not None and declared > self.max_bytes:
            # Answered before a byte of the body is read; the server closes the connection afterwards.
            await _answer(send, 413, "E_TOO_LARGE", f"the request body ({declared:,} bytes) is larger than the "
                          f"limit of {self.max_bytes:,} bytes", limit=self.max_bytes)
            return
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge as e:
            if started:
                raise
            await _answer(send, 413, e.code, e.message, limit=self.max_bytes)


def _content_length(scope: Scope) -> int | None:
    """The declared body length; None when absent, -1 when malformed."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else -1
    return None


async def _answer(send: Send, status: int, code: str, message: str, **details: object) -> None:
    body = json.dumps(envelope(status, code, message, **details)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
