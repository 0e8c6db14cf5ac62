"""Serve the demo portals over HTTP, by Host header or as a plain HTTP forward proxy.

Each folder `demo/sites/<host>/` is one portal. A request is dispatched on the host named
in its absolute-URI request line (`GET http://stp.kontum.localhost/tin-tuc/ HTTP/1.1`, what
a client sends to a proxy) or else on its Host header, so a crawler reaches the `.localhost`
sites by using this server as its HTTP proxy, and a browser (which resolves `*.localhost`
to loopback) reaches them at `http://stp.kontum.localhost:PORT/`.

    python demo/serve.py --port 8731

Per-site extras live in `<host>/_headers.json`: `headers` maps "*" or a URL path to extra
response headers (the windows-1258 page's Content-Type), `redirects` maps a path to its
target, `postbacks` maps an ASP.NET list's path to its GridView target and the pages a
form POST to it can bring back (files under `_postback/`, which GET never serves): a POST
must carry the `__VIEWSTATE` and `__EVENTVALIDATION` of a page of that list, as ASP.NET
requires, or gets a 500. Stdlib only.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import json
import posixpath
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_ROOT = Path(__file__).resolve().parent / "sites"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".aspx": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json",
    ".gif": "image/gif",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# Hosts that mean "this server itself": answered with the list of demo portals.
SELF_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]", "0.0.0.0"}


class DemoHandler(BaseHTTPRequestHandler):
    """GET/HEAD for static portal files with validators (ETag, Last-Modified) and 304s."""

    server_version = "bulletin-demo/0.1"
    protocol_version = "HTTP/1.1"
    root: Path = DEFAULT_ROOT
    verbose = False
    server_name_override: str | None = None  # the portal's own Server header, per response

    def do_GET(self) -> None:
        self.guarded(send_body=True)

    def do_HEAD(self) -> None:
        self.guarded(send_body=False)

    def do_POST(self) -> None:
        """A WebForms postback: the list page its form asks for."""
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            self.post_back(body)
        except ValueError as exc:
            self.send_text(HTTPStatus.BAD_REQUEST, str(exc))

    def guarded(self, *, send_body: bool) -> None:
        try:
            self.respond(send_body=send_body)
        except ValueError as exc:  # e.g. a NUL byte in the path: refuse, keep serving
            self.send_text(HTTPStatus.BAD_REQUEST, str(exc), send_body)

    def do_CONNECT(self) -> None:
        self.send_text(HTTPStatus.NOT_IMPLEMENTED, "CONNECT is not supported: demo is HTTP only")

    def version_string(self) -> str:
        return self.server_name_override or super().version_string()

    def log_message(self, format: str, *args: object) -> None:
        if self.verbose:
            super().log_message(format, *args)

    # ------------------------------------------------------------ dispatch

    def target(self) -> tuple[str, str, bool]:
        """(host, path, proxied) from the request line or the Host header."""
        if self.path.startswith(("http://", "https://")):
            parts = urlsplit(self.path)
            return (parts.hostname or "").lower(), parts.path or "/", True
        host = self.headers.get("Host", "")
        host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return host.strip().lower().rstrip("."), urlsplit(self.path).path or "/", False

    def respond(self, *, send_body: bool) -> None:
        self.server_name_override = None  # a kept-alive connection reuses this handler
        host, raw_path, proxied = self.target()
        site = self.root / host if host and "/" not in host and host not in (".", "..") else None
        if site is None or not site.is_dir():
            if not proxied and host in SELF_HOSTS:
                return self.send_index(send_body)
            status = HTTPStatus.BAD_GATEWAY if proxied else HTTPStatus.NOT_FOUND
            return self.send_text(status, f"unknown demo host {host!r}", send_body)
        path = posixpath.normpath(unquote(raw_path))
        if raw_path.endswith("/") and path != "/":
            path += "/"
        meta = site_meta(site)
        if path in meta.get("redirects", {}):
            return self.send_redirect(meta["redirects"][path], send_body)
        hidden = path == "/_headers.json" or path.startswith("/_postback/")
        if hidden or any(part.startswith(".") for part in path.split("/")):
            return self.send_text(HTTPStatus.NOT_FOUND, "not found", send_body)
        file = site / path.lstrip("/")
        if file.is_dir():
            if not path.endswith("/"):
                return self.send_redirect(path + "/", send_body)
            file = file / "index.html"
        if not file.is_file():
            return self.send_text(HTTPStatus.NOT_FOUND, "not found", send_body)
        self.send_file(file, path, meta, send_body)

    def post_back(self, body: bytes) -> None:
        self.server_name_override = None
        host, raw_path, proxied = self.target()
        site = self.root / host if host and "/" not in host and host not in (".", "..") else None
        if site is None or not site.is_dir():
            status = HTTPStatus.BAD_GATEWAY if proxied else HTTPStatus.NOT_FOUND
            return self.send_text(status, f"unknown demo host {host!r}")
        meta = site_meta(site)
        form_spec = meta.get("postbacks", {}).get(posixpath.normpath(unquote(raw_path)))
        if form_spec is None:
            return self.send_text(HTTPStatus.METHOD_NOT_ALLOWED, "this page takes no form")
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"),
                                             keep_blank_values=True).items()}
        pages = form_spec["pages"]
        current = next((int(n) for n, p in pages.items()
                        if p["viewstate"] == form.get("__VIEWSTATE")), None)
        if current is None:
            return self.send_text(HTTPStatus.INTERNAL_SERVER_ERROR,
                                  "Validation of viewstate MAC failed.")
        if form.get("__EVENTVALIDATION") != pages[str(current)]["validation"]:
            return self.send_text(HTTPStatus.INTERNAL_SERVER_ERROR,
                                  "Invalid postback or callback argument.")
        wanted = current
        if form.get("__EVENTTARGET") == form_spec["target"]:
            wanted = postback_page(form.get("__EVENTARGUMENT", ""), current, len(pages))
        page = pages[str(max(1, min(wanted, len(pages))))]
        file = site / page["file"].lstrip("/")
        self.send_file(file, raw_path, meta, send_body=True)

    # ------------------------------------------------------------ responses

    def send_file(self, file: Path, path: str, meta: dict, send_body: bool) -> None:
        data = file.read_bytes()
        etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
        mtime = int(file.stat().st_mtime)
        content_type = CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")
        headers = {"Content-Type": content_type}
        headers.update(meta.get("headers", {}).get("*", {}))
        headers.update(meta.get("headers", {}).get(path, {}))
        # The portal's own Server header replaces ours rather than being sent twice.
        self.server_name_override = headers.pop("Server", None)
        headers["ETag"] = etag
        headers["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
        if not_modified(self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"),
                        etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for name in ("ETag", "Last-Modified", "Cache-Control"):
                if name in headers:
                    self.send_header(name, headers[name])
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def send_redirect(self, location: str, send_body: bool) -> None:
        self.send_text(HTTPStatus.MOVED_PERMANENTLY, f"moved to {location}", send_body,
                       extra={"Location": location})

    def send_text(self, status: HTTPStatus, message: str, send_body: bool = True,
                  extra: dict[str, str] | None = None) -> None:
        body = f"{status.value} {status.phrase}: {message}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def send_index(self, send_body: bool) -> None:
        port = self.server.server_address[1]
        links = "".join(
            f'<li><a href="http://{html.escape(h)}:{port}/">{html.escape(h)}</a></li>'
            for h in site_hosts(self.root)
        )
        body = (f"<!DOCTYPE html><meta charset=\"utf-8\"><title>Demo portals</title>"
                f"<h1>Demo portals</h1><ul>{links}</ul>").encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def not_modified(if_none_match: str | None, if_modified_since: str | None,
                 etag: str, mtime: int) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since."""
    if if_none_match:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if if_modified_since:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return since is not None and mtime <= int(since.timestamp())
    return False


def postback_page(argument: str, current: int, pages: int) -> int:
    """The page a GridView's `__EVENTARGUMENT` asks for: "Page$3", "Page$Next"..."""
    value = argument.removeprefix("Page$") if argument.startswith("Page$") else ""
    moves = {"Next": current + 1, "Prev": current - 1, "First": 1, "Last": pages}
    return int(value) if value.isdigit() else moves.get(value, current)


def site_meta(site: Path) -> dict:
    file = site / "_headers.json"
    return json.loads(file.read_text("utf-8")) if file.exists() else {}


def site_hosts(root: Path) -> list[str]:
    """The demo portals' host names (one folder each under `root`)."""
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def make_server(root: Path = DEFAULT_ROOT, host: str = "127.0.0.1", port: int = 0,
                *, verbose: bool = False) -> ThreadingHTTPServer:
    root = Path(root).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"demo sites folder not found: {root}")
    handler = type("BoundDemoHandler", (DemoHandler,), {"root": root, "verbose": verbose})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def start_demo_server(root: Path = DEFAULT_ROOT, host: str = "127.0.0.1",
                      port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start the demo server in a daemon thread; return it and its base address.

    Stop it with `server.shutdown(); server.server_close()`.
    """
    server = make_server(root, host, port)
    thread = threading.Thread(target=server.serve_forever, name="demo-portals", daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]
    return server, f"http://{bound_host}:{bound_port}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the bulletin demo portals.")
    parser.add_argument("--port", type=int, default=8731)
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    try:
        server = make_server(args.root, args.bind, args.port, verbose=args.verbose)
    except (OSError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    port = server.server_address[1]
    print(f"Demo portals at http://{args.bind}:{port} (use it as an HTTP proxy, "
          f"or open http://<host>:{port}/):", flush=True)
    for name in site_hosts(Path(args.root)):
        print(f"  http://{name}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
