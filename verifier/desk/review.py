"""`consent-verifier review`: the review queue as a small local web application (Starlette).

A reviewer works through the calls that need a human (``needs_review`` first, the rest on
request): each call's timeline, a player that plays the recording from a few seconds before each
evidence mark, and a decision (compliant or non-compliant, a comment, the reviewer's name),
appended with the time to RECORDS.reviews.jsonl. The records file is never written.

Safety:
- It listens on 127.0.0.1 unless told otherwise, and answers only requests addressed to a
  loopback name then (no DNS rebinding).
- Every request carries the random token printed at start: ``?token=`` once (the page then sets a
  same-site cookie), the cookie after that; a decision's form carries it too (no cross-site
  request can make one). Anything else gets 403.
- Audio: ``/audio/N`` serves the recording that record N names, found under ``--root`` (nothing
  from the request is a path); only files with an audio extension, and only when the file's
  sha256 is the one in the record (the evidence plays from the file that was checked).
- Pages: jinja2 autoescape, record data in a JSON block read with ``textContent``, and a
  Content-Security-Policy that runs only the desk's own scripts (no inline script, no eval).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import os
import re
import secrets
import socket
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from . import charts
from .records import (
    Archive,
    DeskError,
    append_review,
    audio_candidates,
    call_view,
    load_records,
    load_reviews,
    new_decision,
    reviews_path,
    visible,
)
from .report import environment, json_for_html

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
PLAY_LEAD_S = 3.0  # an evidence clip starts this many seconds before its mark
PAGE_SIZE = 200
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
CSP = "; ".join([
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "media-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
    "base-uri 'none'",
])
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
MEDIA_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".opus": "audio/ogg",
               ".flac": "audio/flac", ".m4a": "audio/mp4", ".aac": "audio/aac",
               ".wma": "audio/x-ms-wma", ".mp4": "audio/mp4"}
VERDICT_QUEUE_ORDER = {"needs_review": 0, "non_compliant": 1, "compliant": 2}


@dataclass(frozen=True)
class DeskConfig:
    """How the review desk runs."""

    records: Path
    root: Path = field(default_factory=Path.cwd)  # where the batch ran (relative source paths)
    reviews: Path | None = None  # default: RECORDS.reviews.jsonl
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    reviewer: str = ""
    folder_depth: int = 1

    @property
    def reviews_file(self) -> Path:
        return self.reviews if self.reviews is not None else reviews_path(self.records)


# ---- the guard: token, host, security headers ------------------------------------------------


class Guard:
    """ASGI middleware: refuses requests without the token (or to a foreign host name), adds the
    security headers to every response, and sets the token cookie when the token came in the URL."""

    def __init__(self, app: ASGIApp, *, token: str, cookie: str, loopback_only: bool) -> None:
        self.app, self.token, self.cookie = app, token.encode(), cookie
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan passes; websockets are not served
            if scope["type"] == "lifespan":
                await self.app(scope, receive, send)
            return
        request = Request(scope)
        in_query = request.query_params.get("token")
        given = in_query or request.cookies.get(self.cookie) or request.headers.get("x-desk-token")
        if self.loopback_only and _host_name(request.headers.get("host", "")) not in LOOPBACK_NAMES:
            await _plain(400, "this desk answers only requests to 127.0.0.1 or localhost")(scope, receive, send)
            return
        if not given or not hmac.compare_digest(given.encode("utf-8", "replace"), self.token):
            await _plain(403, "403 Forbidden: this desk needs its token. Open the address that "
                              "`consent-verifier review` printed when it started.")(scope, receive, send)
            return
        extra = list(SECURITY_HEADERS)
        if in_query:
            extra.append((b"set-cookie", f"{self.cookie}={in_query}; Path=/; HttpOnly; "
                                         f"SameSite=Strict".encode()))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in extra}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _plain(status: int, text: str) -> Response:
    return Response(text + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers={k.decode(): v.decode() for k, v in SECURITY_HEADERS})


# ---- the desk's state ------------------------------------------------------------------------


class ReviewDesk:
    """The records (read once), their views, the queue order, and the recordings' checked paths."""

    def __init__(self, config: DeskConfig, archive: Archive | None = None) -> None:
        self.config = config
        self.archive = archive if archive is not None else load_records(config.records)
        self.views = [call_view(r, i, folder_depth=config.folder_depth)
                      for i, r in enumerate(self.archive.records)]
        self.queue = sorted(range(len(self.views)), key=lambda i: (
            VERDICT_QUEUE_ORDER.get(self.views[i]["verdict"], 0), i))
        self._hashes: dict[tuple[str, int, int], str] = {}

    def reviews(self) -> dict[str, list[dict[str, Any]]]:
        """The decisions so far (read again each time: another desk may have added some)."""
        return load_reviews(self.config.reviews_file)

    def record(self, index: int) -> dict[str, Any] | None:
        return self.archive.records[index] if 0 <= index < len(self.archive.records) else None

    def audio(self, index: int) -> tuple[Path | None, str]:
        """(the recording of call INDEX, "") or (None, why it cannot be played)."""
        record = self.record(index)
        if record is None:
            return None, "no such call"
        candidates = audio_candidates(record, self.config.root)
        if not candidates:
            return None, "the record names no audio file"
        expected = (record.get("source") or {}).get("sha256") if isinstance(record.get("source"), dict) else None
        for path in candidates:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            if isinstance(expected, str) and re.fullmatch(r"[0-9a-f]{64}", expected):
                if self._sha256(path, st) != expected:
                    return None, (f"{visible(str(path), name=True)} is not the file that was checked "
                                  f"(its sha256 differs from the record's)")
            return path, ""
        tried = ", ".join(visible(str(p), name=True) for p in candidates)
        return None, (f"recording not found (looked for {tried}); run `review` in the folder "
                      f"where the batch ran, or pass --root")

    def _sha256(self, path: Path, st: os.stat_result) -> str:
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in self._hashes:
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            self._hashes[key] = digest.hexdigest()
        return self._hashes[key]

    def next_pending(self, after: int, reviews: dict[str, list[dict[str, Any]]]) -> int | None:
        """The next call in the queue after AFTER that has no decision yet, needs_review first."""
        order = self.queue
        position = order.index(after) if after in order else -1
        for index in order[position + 1:] + order[: max(0, position)]:
            if self.archive.records[index]["call_id"] not in reviews:
                return index
        return None


# ---- the application --------------------------------------------------------------------------


def create_app(config: DeskConfig, desk: ReviewDesk | None = None) -> Starlette:
    """The review desk as an ASGI application (the Guard included)."""
    desk = desk or ReviewDesk(config)
    templates = environment()
    timeline = json_for_html(charts.timeline_vega())
    bundle = charts.vega_bundle()
    cookie = f"desk_token_{config.port}"
    reviewer_cookie = "desk_reviewer"

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("token", config.token)
        context.setdefault("records_name", visible(str(config.records), 300, name=True))
        context.setdefault("version", __version__)
        return HTMLResponse(templates.get_template(name).render(**context), status_code=status)

    async def queue(request: Request) -> Response:
        show_all = request.query_params.get("all") == "1"
        reviews = await run_in_threadpool(desk.reviews)
        rows = [desk.views[i] for i in desk.queue
                if show_all or desk.views[i]["verdict"] in ("needs_review", "unknown")]
        try:
            page_no = max(0, int(request.query_params.get("page", "0")))
        except ValueError:
            page_no = 0
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        page_no = min(page_no, pages - 1)
        shown = rows[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
        records = desk.archive.records
        decided = {c["i"]: reviews[records[c["i"]]["call_id"]][-1] for c in shown
                   if records[c["i"]]["call_id"] in reviews}
        need = sum(1 for v in desk.views if v["verdict"] == "needs_review")
        need_done = sum(1 for i, v in enumerate(desk.views)
                        if v["verdict"] == "needs_review" and desk.archive.records[i]["call_id"] in reviews)
        return page("queue.html", rows=shown, decided=decided, show_all=show_all, page=page_no,
                    pages=pages, total=len(desk.views), need=need, need_done=need_done,
                    rest=len(desk.views) - need)

    async def call_page(request: Request) -> Response:
        index = request.path_params["index"]
        record = desk.record(index)
        if record is None:
            return page("error.html", 404, message="No such call.")
        reviews = await run_in_threadpool(desk.reviews)
        audio, why = await run_in_threadpool(desk.audio, index)
        view = desk.views[index]
        data = json_for_html({"call": view, "lead": PLAY_LEAD_S})
        return page("call.html", call=view, decisions=reviews.get(record["call_id"], []),
                    audio=audio is not None, audio_problem=why, data_json=data,
                    timeline_json=timeline, saved=request.query_params.get("saved") == "1",
                    next_index=desk.next_pending(index, reviews), lead=PLAY_LEAD_S,
                    reviewer=request.cookies.get(reviewer_cookie, config.reviewer)[:100],
                    error="")

    async def decide(request: Request) -> Response:
        index = request.path_params["index"]
        record = desk.record(index)
        if record is None:
            return page("error.html", 404, message="No such call.")
        form = await request.form()
        token = form.get("token")
        if not isinstance(token, str) or not hmac.compare_digest(
                token.encode("utf-8", "replace"), config.token.encode()):
            return _plain(403, "403 Forbidden: the form did not carry the desk's token")
        fields = {k: form.get(k) for k in ("decision", "comment", "reviewer")}
        if not all(isinstance(v, str) or v is None for v in fields.values()):
            return _plain(400, "400 Bad Request: text fields only")
        try:
            entry = new_decision(record, decision=fields["decision"] or "",
                                 reviewer=fields["reviewer"] or "", comment=fields["comment"] or "")
            await run_in_threadpool(append_review, config.reviews_file, entry)
        except DeskError as exc:
            reviews = await run_in_threadpool(desk.reviews)
            audio, why = await run_in_threadpool(desk.audio, index)
            return page("call.html", 400, call=desk.views[index],
                        decisions=reviews.get(record["call_id"], []), audio=audio is not None,
                        audio_problem=why, timeline_json=timeline,
                        data_json=json_for_html({"call": desk.views[index], "lead": PLAY_LEAD_S}),
                        saved=False, next_index=desk.next_pending(index, reviews),
                        lead=PLAY_LEAD_S, reviewer=(fields["reviewer"] or "")[:100],
                        error=str(exc))
        response = RedirectResponse(f"/call/{index}?saved=1", status_code=303)
        response.set_cookie(reviewer_cookie, entry["reviewer"], samesite="strict", httponly=True,
                            max_age=30 * 24 * 3600)
        return response

    async def audio(request: Request) -> Response:
        index = request.path_params["index"]
        path, why = await run_in_threadpool(desk.audio, index)
        if path is None:
            return _plain(404, f"404 Not Found: {why}")
        media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
        return FileResponse(path, media_type=media_type)

    async def vega(request: Request) -> Response:
        return Response(bundle, media_type="text/javascript; charset=utf-8")

    static = StaticFiles(directory=str(resources.files("verifier.desk").joinpath("static")))
    routes = [
        Route("/", queue),
        Route("/call/{index:int}", call_page),
        Route("/call/{index:int}/decision", decide, methods=["POST"]),
        Route("/audio/{index:int}", audio, methods=["GET", "HEAD"]),
        Route("/static/vega.js", vega),
        Mount("/static", app=static),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(Guard, token=config.token, cookie=cookie,
                       loopback_only=config.host in LOOPBACK_NAMES)
    return app


# ---- running it -------------------------------------------------------------------------------


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free port).

    Raises:
        DeskError: the address cannot be used (port taken, unknown host).
    """
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
        sock.listen(64)
    except OSError as exc:
        raise DeskError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                        f"pass another --port") from None
    return sock


def url_of(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/?token={token}"


def serve(config: DeskConfig, *, announce: Callable[[ReviewDesk, str], None] | None = None) -> None:
    """Run the desk until interrupted; ANNOUNCE(desk, url) once it listens (url with the token).

    Raises:
        DeskError: the records file cannot be read, or the address cannot be used.
    """
    import uvicorn

    desk = ReviewDesk(config)
    sock = bind(config.host, config.port)
    port = sock.getsockname()[1]
    if port != config.port:
        config = dataclasses.replace(config, port=port)
    app = create_app(config, desk)
    # No access log: its lines would hold the token and the names of calls.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="off", server_header=False))
    if announce is not None:
        announce(desk, url_of(config.host, port, config.token))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
