"""The Elasticsearch store driven through the real `elasticsearch` client against a local
HTTP server that answers like Elasticsearch 9: retries, timeouts, refused credentials,
per-item bulk errors, unreachable hosts, and the request plumbing of every operation."""

from __future__ import annotations

import gzip
import json
import re
import socket
import threading
import time
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import elasticsearch
import numpy as np
import pytest

from indexer.errors import BulletinError, ModelMismatchError
from indexer.models import Citation, Page, Passage, SearchFilters
from indexer.query.parse import parse_keywords as q
from indexer.stores.elastic import privileges
from indexer.stores.elastic.compile import HIGHLIGHT_POST, HIGHLIGHT_PRE
from indexer.stores.elastic.documents import DERIVED_FIELDS
from indexer.stores.elastic.errors import BulkWriteError, StoreUnavailableError
from indexer.stores.elastic.mapping import SCHEMA_VERSION, build_template
from indexer.stores.elastic.store import ElasticStore
from indexer.stores.elastic.transport import CLIENT_FLOOR

PREFIX = "t"
ALIAS = "t-pages"
DIM = 4
JSON_TYPE = "application/vnd.elasticsearch+json; compatible-with=9"


class FakeElasticsearch:
    """Just enough of an Elasticsearch 9 node: index/alias state, bulk item answers, and
    scripted answers (status, body, delay) that tests queue per method + path."""

    def __init__(self, version: str = "9.2.0") -> None:
        self.version = version
        self.requests: list[dict[str, Any]] = []
        self.scripts: dict[tuple[str, str], list[tuple[int, Any, float]]] = {}
        self.indices: dict[str, dict[str, Any]] = {}  # name -> {"aliases": set, "meta": dict}
        self.lacking: set[str] = set()  # privileges `_has_privileges` reports missing
        self.lock = threading.Lock()

    def script(
        self,
        method: str,
        path: str,
        *answers: tuple[int | None, Any] | tuple[int | None, Any, float],
    ) -> None:
        """Queue answers for the next calls of method + path: (status, body[, delay]); a
        status of None does what the node would do (changing its state) and answers that
        after the delay, as when the work is done but the answer comes too late."""
        queue = self.scripts.setdefault((method, path), [])
        queue.extend((a[0], a[1], a[2] if len(a) > 2 else 0.0) for a in answers)

    def calls(self, method: str, path: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == method and r["path"] == path]

    def answer(
        self, method: str, path: str, query: dict[str, str], raw: bytes
    ) -> tuple[int, Any, float]:
        body: Any = None
        if raw:
            text = raw.decode("utf-8")
            body = (
                [json.loads(line) for line in text.splitlines() if line.strip()]
                if path.endswith("/_bulk")
                else json.loads(text)
            )
        with self.lock:
            self.requests.append({"method": method, "path": path, "query": query, "body": body})
            queue = self.scripts.get((method, path))
            if queue:
                status, answer, delay = queue.pop(0)
                if status is None:
                    status, answer = self.default(method, path, query, body)
                return status, answer, delay
            return (*self.default(method, path, query, body), 0.0)

    def default(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any]:
        parts = [p for p in path.split("/") if p]
        if parts[-1:] == ["_bulk"]:
            return 200, _bulk_answer(body)
        if parts == ["_security", "user", "_has_privileges"]:
            return 200, self.has_privileges(body)
        if method == "GET" and not parts:
            return 200, {
                "name": "fake",
                "cluster_name": "fake",
                "version": {"number": self.version},
                "tagline": "You Know, for Search",
            }
        if parts[:1] == ["_index_template"]:
            return 200, {"acknowledged": True}
        if method == "GET" and len(parts) == 2 and parts[1] == "_alias":
            found = {
                n: {"aliases": {a: {} for a in i["aliases"]}}
                for n, i in self.indices.items()
                if n.startswith(parts[0].rstrip("*"))
            }
            return (200, found) if found else (404, _error(404, "index_not_found_exception"))
        if method == "PUT" and len(parts) == 1:
            if parts[0] in self.indices:
                return 400, _error(400, "resource_already_exists_exception", "index exists")
            aliases = set((body or {}).get("aliases") or {})
            given = (body or {}).get("mappings", {}).get("_meta") or {}
            meta = {"bulletin_schema": SCHEMA_VERSION, **given}
            self.indices[parts[0]] = {"aliases": aliases, "meta": meta}
            return 200, {"acknowledged": True, "index": parts[0]}
        if method == "DELETE" and len(parts) == 1:
            self.indices.pop(parts[0], None)
            return 200, {"acknowledged": True}
        if method == "POST" and parts == ["_aliases"]:
            actions = [next(iter(action.items())) for action in body["actions"]]
            for kind, spec in actions:  # all or nothing, as the node does
                if kind == "remove" and spec["alias"] not in self.indices[spec["index"]]["aliases"]:
                    return 404, _error(404, "aliases_not_found_exception", spec["alias"])
            for kind, spec in actions:
                target = self.indices[spec["index"]]["aliases"]
                target.add(spec["alias"]) if kind == "add" else target.discard(spec["alias"])
            return 200, {"acknowledged": True}
        if len(parts) == 2 and parts[1] == "_mapping":
            index = self._resolve(parts[0])
            if method == "PUT":
                self.indices[index]["meta"] = body["_meta"]
                return 200, {"acknowledged": True}
            mappings = build_template(DIM, PREFIX)["template"]["mappings"]
            return 200, {index: {"mappings": {**mappings, "_meta": self.indices[index]["meta"]}}}
        if parts[-1:] == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if parts[-1:] == ["_pit"]:
            return 200, {"id": "pit-1"} if method == "POST" else {"succeeded": True}
        if parts[-1:] == ["_search"]:
            return 200, _search_answer([])
        if parts[-1:] == ["_count"]:
            return 200, {"count": 0}
        if method == "GET" and len(parts) == 3 and parts[1] == "_doc":
            return 404, {"_index": parts[0], "_id": parts[2], "found": False}
        return 404, _error(404, "not_found")

    def has_privileges(self, body: dict[str, Any]) -> dict[str, Any]:
        cluster = {name: name not in self.lacking for name in body["cluster"]}
        index = {
            pattern: {name: name not in self.lacking for name in spec["privileges"]}
            for spec in body["index"]
            for pattern in spec["names"]
        }
        return {
            "username": "bulletin",
            "has_all_requested": not self.lacking,
            "cluster": cluster,
            "index": index,
            "application": {},
        }

    def _resolve(self, name: str) -> str:
        if name in self.indices:
            return name
        return next(n for n, i in self.indices.items() if name in i["aliases"])


def layout(state: FakeElasticsearch) -> dict[str, set[str]]:
    """Index name -> the aliases it holds."""
    return {name: index["aliases"] for name, index in state.indices.items()}


def _error(status: int, kind: str, reason: str = "fake") -> dict[str, Any]:
    return {
        "error": {"root_cause": [{"type": kind, "reason": reason}], "type": kind, "reason": reason},
        "status": status,
    }


def _bulk_answer(
    lines: list[dict[str, Any]], statuses: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Items for a bulk request; `statuses` maps a document id to (status, error type)."""
    items = []
    i = 0
    while i < len(lines):
        ((op, meta),) = lines[i].items()
        i += 1 if op == "delete" else 2
        status, kind = (statuses or {}).get(meta["_id"], (201 if op == "index" else 200, None))
        item: dict[str, Any] = {"_index": meta["_index"], "_id": meta["_id"], "status": status}
        if kind:
            item["error"] = {"type": kind, "reason": f"{kind} for {meta['_id']}"}
        items.append({op: item})
    return {
        "took": 1,
        "errors": any("error" in next(iter(x.values())) for x in items),
        "items": items,
    }


def _search_answer(
    hits: list[dict[str, Any]], total: int | None = None, aggregations: dict[str, Any] | None = None
) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "took": 1,
        "timed_out": False,
        "hits": {
            "total": {"value": len(hits) if total is None else total, "relation": "eq"},
            "max_score": None,
            "hits": hits,
        },
    }
    if aggregations is not None:
        answer["aggregations"] = aggregations
    return answer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms stalls
    fake: FakeElasticsearch

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _serve(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        status, body, delay = self.server.fake.answer(  # type: ignore[attr-defined]
            self.command, unquote(url.path), query, raw
        )
        if delay:
            time.sleep(delay)
        payload = b"" if self.command == "HEAD" else json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Type", JSON_TYPE)
            self.send_header("Content-Length", str(len(payload)))
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="security"')
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve


@pytest.fixture
def fake() -> Iterator[tuple[FakeElasticsearch, str]]:
    state = FakeElasticsearch()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.fake = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def open_store(url: str, **options: Any) -> ElasticStore:
    settings: dict[str, Any] = {
        "index_prefix": PREFIX,
        "dim": DIM,
        "max_retries": 2,
        "retry_backoff": 0.01,
        "request_timeout": 5,
    }
    settings.update(options)
    return ElasticStore(url, **settings)


def sample(n: int = 2) -> tuple[list[Page], list[Passage], np.ndarray]:
    pages, passages = [], []
    for i in range(n):
        text = f"Trang {i}: Ủy ban nhân dân tỉnh chỉ đạo phòng, chống dịch COVID-19."
        pages.append(
            Page(
                page_id=f"p{i}",
                url=f"http://x.localhost/{i}",
                title=f"Tin {i}",
                text=text,
                content_hash=f"h{i}",
                published="2020-03-24",
                citations=[Citation(number="16/CT-TTg", type="Chỉ thị")],
            )
        )
        passages.append(
            Passage(
                passage_id=f"p{i}:0", page_id=f"p{i}", ordinal=0, text=text, start=0, end=len(text)
            )
        )
    vectors = np.tile(np.array([[0.5, 0.5, 0.5, 0.5]], dtype=np.float32), (n, 1))
    return pages, passages, vectors


def index_lines(*ids: str) -> list[dict[str, Any]]:
    """The lines of a bulk request indexing these ids (documents left empty)."""
    return [line for i in ids for line in ({"index": {"_index": ALIAS, "_id": i}}, {})]


def bulk_ids(request: dict[str, Any]) -> list[str]:
    return [
        next(iter(line.values()))["_id"]
        for line in request["body"]
        if next(iter(line)) in ("index", "delete") and "_id" in next(iter(line.values()))
    ]


# -- opening ------------------------------------------------------------------------------


def test_first_open_creates_versioned_index_behind_alias(fake):
    state, url = fake
    store = open_store(url)
    assert layout(state) == {"t-pages-v1": {ALIAS}}
    template = state.calls("PUT", "/_index_template/t-pages")[0]["body"]
    assert template == build_template(DIM, PREFIX)
    assert store.index_dim == DIM
    open_store(url).close()  # a second open reuses the live index
    assert len(state.calls("PUT", "/t-pages-v1")) == 1
    store.close()


def test_a_closed_store_connects_again_when_used(fake):
    state, url = fake
    store = open_store(url)
    store.close()
    store.drop()  # cleanup after close, as the contract suite does
    assert state.indices == {}
    assert state.calls("DELETE", "/_index_template/t-pages")


def test_unreachable_host_gives_one_clear_line():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(f"http://elastic:secret@127.0.0.1:{port}", max_retries=1)
    message = str(caught.value)
    assert message.startswith(f"cannot reach Elasticsearch at http://127.0.0.1:{port}")
    assert "secret" not in message and "\n" not in message


def test_wrong_credentials_say_so(fake):
    state, url = fake
    state.script(
        "POST",
        "/_security/user/_has_privileges",
        (401, _error(401, "security_exception", "unable to authenticate user [elastic]")),
    )
    with pytest.raises(
        StoreUnavailableError,
        match=r"refused the credentials \(401\).*"
        r"ES_API_KEY or ES_USERNAME/ES_PASSWORD",
    ):
        open_store(url, basic_auth=("elastic", "wrong"))
    assert len(state.requests) == 1  # the first request says it; a 401 is not retried


HAS_PRIVILEGES = ("POST", "/_security/user/_has_privileges")


def test_missing_privileges_are_named_before_anything_else(fake):
    state, url = fake
    state.lacking = {"monitor", "read"}
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(url, api_key="a2V5")
    assert str(caught.value) == (
        f"Elasticsearch at {url}: the user lacks the cluster privilege 'monitor' and the index "
        "privilege 'read' on t-pages*; give it bulletin's role (cluster: monitor, "
        "manage_index_templates; indices t-pages*: manage, read, write, see "
        "docs/elasticsearch.md)"
    )
    assert [(r["method"], r["path"]) for r in state.requests] == [HAS_PRIVILEGES]
    assert state.requests[0]["body"] == {
        "cluster": ["monitor", "manage_index_templates"],
        "index": [{"names": ["t-pages*"], "privileges": ["manage", "read", "write"]}],
    }


def test_a_cluster_without_security_is_not_checked(fake):
    state, url = fake
    off = _error(
        500, "exception", "Security must be explicitly enabled when using a [basic] license"
    )
    state.script(*HAS_PRIVILEGES, (500, off))
    open_store(url).close()
    assert [(r["method"], r["path"]) for r in state.requests[:2]] == [HAS_PRIVILEGES, ("GET", "/")]


def _denied(action: str, scope: str, granted_by: str) -> dict[str, Any]:
    return _error(
        403,
        "security_exception",
        f"action [{action}] is unauthorized for user [bulletin] with effective roles [bulletin] "
        f"on indices [t-pages], this action is granted by the {scope} privileges [{granted_by}]",
    )


def every_call(url: str) -> None:
    """Every kind of request the store sends, in the order bulletin's commands send them."""
    store = open_store(url)
    store.upsert(*sample())
    store.commit()
    store.set_embedding_model("m")
    store.count()
    store.get("p0")
    store.keyword(q("dịch"))
    store.page_hashes()
    with store.rebuild():
        store.upsert(*sample())
    store.drop()


# (method, path) of each call; the action, scope and granting privileges Elasticsearch
# names when it refuses it; the privilege of bulletin's role the error must name.
CALLS = [
    ("GET", "/", "cluster:monitor/main", "cluster", "monitor,manage,all", "cluster", "monitor"),
    (
        "GET",
        "/t-pages-v*/_alias",
        "indices:admin/aliases/get",
        "index",
        "view_index_metadata,manage,all",
        "index",
        "manage",
    ),
    (
        "PUT",
        "/_index_template/t-pages",
        "indices:admin/index_template/put",
        "cluster",
        "manage_index_templates,manage,all",
        "cluster",
        "manage_index_templates",
    ),
    (
        "PUT",
        "/t-pages-v1",
        "indices:admin/create",
        "index",
        "create_index,manage,all",
        "index",
        "manage",
    ),
    (
        "GET",
        "/t-pages/_mapping",
        "indices:admin/mappings/get",
        "index",
        "view_index_metadata,manage,all",
        "index",
        "manage",
    ),
    (
        "PUT",
        "/_bulk",
        "indices:data/write/bulk",
        "index",
        "create_doc,create,index,write,all",
        "index",
        "write",
    ),
    (
        "POST",
        "/t-pages/_refresh",
        "indices:admin/refresh",
        "index",
        "maintenance,manage,all",
        "index",
        "manage",
    ),
    (
        "PUT",
        "/t-pages/_mapping",
        "indices:admin/mapping/put",
        "index",
        "manage,all",
        "index",
        "manage",
    ),
    ("POST", "/t-pages/_count", "indices:data/read/search", "index", "read,all", "index", "read"),
    ("GET", "/t-pages/_doc/p0", "indices:data/read/get", "index", "read,all", "index", "read"),
    ("POST", "/t-pages/_search", "indices:data/read/search", "index", "read,all", "index", "read"),
    (
        "POST",
        "/t-pages/_pit",
        "indices:data/read/open_point_in_time",
        "index",
        "read,all",
        "index",
        "read",
    ),
    ("POST", "/_search", "indices:data/read/search", "index", "read,all", "index", "read"),
    (
        "PUT",
        "/t-pages-v2",
        "indices:admin/create",
        "index",
        "create_index,manage,all",
        "index",
        "manage",
    ),
    (
        "POST",
        "/t-pages-v2/_refresh",
        "indices:admin/refresh",
        "index",
        "maintenance,manage,all",
        "index",
        "manage",
    ),
    ("POST", "/_aliases", "indices:admin/aliases", "index", "manage,all", "index", "manage"),
    (
        "DELETE",
        "/t-pages-v1",
        "indices:admin/delete",
        "index",
        "delete_index,manage,all",
        "index",
        "manage",
    ),
    (
        "DELETE",
        "/t-pages-v2",
        "indices:admin/delete",
        "index",
        "delete_index,manage,all",
        "index",
        "manage",
    ),
    (
        "DELETE",
        "/_index_template/t-pages",
        "indices:admin/index_template/delete",
        "cluster",
        "manage_index_templates,manage,all",
        "cluster",
        "manage_index_templates",
    ),
]


def test_every_call_is_in_the_table(fake):
    state, url = fake
    every_call(url)
    sent = {(r["method"], r["path"]) for r in state.requests}
    # Only the privilege check itself and closing a point in time need no privilege.
    assert sent - {HAS_PRIVILEGES, ("DELETE", "/_pit")} == {(m, p) for m, p, *_ in CALLS}


@pytest.mark.parametrize(
    ("method", "path", "action", "scope", "granted_by", "kind", "privilege"),
    CALLS,
    ids=[f"{m} {p}" for m, p, *_ in CALLS],
)
def test_a_refusal_names_the_missing_privilege_for_each_call_in_turn(
    fake, method, path, action, scope, granted_by, kind, privilege
):
    state, url = fake
    every_call(url)  # the sequence when nothing is refused
    allowed = [(r["method"], r["path"]) for r in state.requests]
    state.requests.clear()
    state.indices.clear()
    state.script(method, path, (403, _denied(action, scope, granted_by)))
    with pytest.raises(StoreUnavailableError) as caught:
        every_call(url)
    message = str(caught.value)
    on = " on t-pages*" if kind == "index" else ""
    assert f"(403): the user needs the {kind} privilege '{privilege}'{on};" in message
    assert "cluster: monitor, manage_index_templates; indices t-pages*: manage, read, write" in (
        message
    )
    sent = [(r["method"], r["path"]) for r in state.requests]
    refused = sent.index((method, path))
    assert sent[: refused + 1] == allowed[: refused + 1]  # the same calls up to the refusal
    assert sent.count((method, path)) == 1  # and a refusal is not retried


def test_a_refusal_without_a_hint_names_what_the_operation_needs(fake):
    state, url = fake
    store = open_store(url)
    bare = _error(403, "security_exception", "action [indices:data/read/search] is unauthorized")
    state.script("POST", "/t-pages/_search", (403, bare))
    with pytest.raises(
        StoreUnavailableError,
        match=r"denied searching \(403\): the user needs the index "
        r"privilege 'read' on t-pages\*",
    ):
        store.keyword(q("dịch"))


def test_bulk_items_refused_name_the_write_privilege(fake):
    state, url = fake
    store = open_store(url)
    refusal = (
        "action [indices:data/write/bulk[s]] is unauthorized for user [bulletin] on "
        "indices [t-pages], this action is granted by the index privileges "
        "[create_doc,create,index,write,all]"
    )
    answer = _bulk_answer(
        index_lines("p0", "p1"),
        {"p0": (403, "security_exception"), "p1": (403, "security_exception")},
    )
    for item in answer["items"]:
        item["index"]["error"]["reason"] = refusal
    state.script("PUT", "/_bulk", (200, answer))
    with pytest.raises(
        StoreUnavailableError,
        match=r"denied writing pages \(403\): the user needs the index privilege 'write' on "
        r"t-pages\*",
    ):
        store.upsert(*sample())
    assert len(state.calls("PUT", "/_bulk")) == 1


def test_the_documented_role_is_the_one_the_store_checks():
    doc = (Path(__file__).parent.parent / "docs" / "elasticsearch.md").read_text("utf-8")
    bodies = re.findall(r"-d '(\{.*?\})'", doc, flags=re.S)
    role = next(json.loads(b) for b in bodies if '"indices"' in b and "role_descriptors" not in b)
    key = next(json.loads(b) for b in bodies if "role_descriptors" in b)
    assert role == privileges.role("bulletin")
    assert key["role_descriptors"]["bulletin"] == privileges.role("bulletin")


@pytest.mark.parametrize("version", ["9.4.1", "9.0.0", "8.17.2", "10.0.0"])
def test_a_client_outside_the_supported_range_is_refused_before_any_request(
    fake, monkeypatch, version
):
    state, url = fake
    monkeypatch.setattr(elasticsearch, "__versionstr__", version)
    with pytest.raises(
        StoreUnavailableError,
        match=rf"client 9\.5 or a later 9\.x \(found {re.escape(version)}\): "
        r"pip install 'elasticsearch>=9\.5,<10'",
    ):
        open_store(url)
    assert state.requests == []


def test_the_dependency_pin_is_the_client_floor():
    project = Path(__file__).parent.parent / "pyproject.toml"
    dependencies = tomllib.loads(project.read_text("utf-8"))["project"]["dependencies"]
    (pin,) = [d for d in dependencies if re.fullmatch(r"elasticsearch\b[^-].*", d)]
    major, minor = CLIENT_FLOOR
    assert pin == f"elasticsearch>={major}.{minor},<{major + 1}"
    installed = tuple(int(p) for p in elasticsearch.__versionstr__.split(".")[:2])
    assert installed >= CLIENT_FLOOR


def test_older_server_is_refused_clearly(fake):
    state, url = fake
    state.version = "8.15.3"
    with pytest.raises(StoreUnavailableError, match="is 8.15.3; bulletin needs Elasticsearch 9"):
        open_store(url)
    state.requests.clear()
    # An 8.x server refuses the client's compatible-with=9 headers on the first request.
    state.script(
        "POST",
        "/_security/user/_has_privileges",
        (400, _error(400, "media_type_header_exception", "Invalid media-type value on headers")),
    )
    with pytest.raises(StoreUnavailableError, match="older than 9.0"):
        open_store(url)
    assert len(state.requests) == 1


# -- retries and errors -------------------------------------------------------------------


def test_bulk_rejected_with_429_is_retried_then_written(fake):
    state, url = fake
    store = open_store(url)
    state.script("PUT", "/_bulk", (429, _error(429, "es_rejected_execution_exception")))
    store.upsert(*sample())
    bulks = state.calls("PUT", "/_bulk")
    assert len(bulks) == 2
    assert bulk_ids(bulks[0]) == bulk_ids(bulks[1]) == ["p0", "p1"]


def test_bulk_items_rejected_with_429_are_resent_alone(fake):
    state, url = fake
    store = open_store(url)
    busy = {"p1": (429, "es_rejected_execution_exception")}
    state.script("PUT", "/_bulk", (200, _bulk_answer(index_lines("p0", "p1"), busy)))
    store.upsert(*sample())
    bulks = state.calls("PUT", "/_bulk")
    assert [bulk_ids(b) for b in bulks] == [["p0", "p1"], ["p1"]]


def test_bulk_item_errors_are_reported_and_acknowledged_items_kept(fake):
    state, url = fake
    store = open_store(url)
    answer = _bulk_answer(
        index_lines("p0", "p1", "p2"), {"p1": (400, "document_parsing_exception")}
    )
    state.script("PUT", "/_bulk", (200, answer))
    with pytest.raises(BulkWriteError) as caught:
        store.upsert(*sample(3))
    error = caught.value
    assert error.written == 2
    assert [(f["id"], f["status"]) for f in error.failures] == [("p1", 400)]
    assert "document_parsing_exception" in str(error) and "\n" not in str(error)
    # A 400 is not worth retrying and the written pages are never sent again.
    assert len(state.calls("PUT", "/_bulk")) == 1


def test_bulk_item_still_rejected_after_retries_is_reported(fake):
    state, url = fake
    store = open_store(url, max_retries=1)
    lines = index_lines("p0", "p1")
    busy = {"p1": (429, "es_rejected_execution_exception")}
    state.script(
        "PUT", "/_bulk", (200, _bulk_answer(lines, busy)), (200, _bulk_answer(lines[2:], busy))
    )
    with pytest.raises(BulkWriteError) as caught:
        store.upsert(*sample())
    assert caught.value.written == 1
    assert [f["id"] for f in caught.value.failures] == ["p1"]


def test_cluster_lost_mid_bulk_says_what_was_written(fake):
    state, url = fake
    store = open_store(url, max_retries=1, bulk_chunk_size=1)
    down = (503, _error(503, "cluster_block_exception", "no master"))
    state.script("PUT", "/_bulk", (200, _bulk_answer(index_lines("p0"))), *[down] * 6)
    with pytest.raises(
        StoreUnavailableError,
        match=r"unavailable \(503 no master\).*; 1 "
        r"operations were written before it",
    ):
        store.upsert(*sample())


def test_credentials_revoked_during_bulk(fake):
    state, url = fake
    store = open_store(url)
    state.script("PUT", "/_bulk", (401, _error(401, "security_exception", "token expired")))
    with pytest.raises(
        StoreUnavailableError,
        match=r"refused the credentials \(401\) while "
        "writing pages",
    ):
        store.upsert(*sample())


def test_503_everywhere_gives_up_with_a_clear_message(fake):
    state, url = fake
    store = open_store(url, max_retries=2)
    state.script(
        "POST",
        "/t-pages/_search",
        *[(503, _error(503, "search_phase_execution_exception", "all shards failed"))] * 3,
    )
    with pytest.raises(
        StoreUnavailableError,
        match=r"unavailable \(503 all shards failed\) "
        r"while searching, after 2 retries",
    ):
        store.keyword(q("dịch"))
    assert len(state.calls("POST", "/t-pages/_search")) == 3


def test_503_once_then_answer(fake):
    state, url = fake
    store = open_store(url)
    state.script(
        "POST",
        "/t-pages/_count",
        (503, _error(503, "unavailable_shards_exception")),
        (200, {"count": 7}),
    )
    assert store.count() == 7


def test_timeout_is_retried_then_succeeds(fake):
    state, url = fake
    store = open_store(url, request_timeout=0.3)
    state.script("POST", "/t-pages/_count", (200, {"count": 1}, 1.0), (200, {"count": 2}))
    assert store.count() == 2


def test_timeouts_give_up_with_a_clear_message(fake):
    state, url = fake
    store = open_store(url, request_timeout=0.2, max_retries=1)
    state.script("POST", "/t-pages/_count", *[(200, {"count": 1}, 0.6)] * 2)
    with pytest.raises(StoreUnavailableError, match=r"did not answer within 0.2s while counting"):
        store.count()


def test_bad_input_is_refused_before_sending(fake):
    state, url = fake
    store = open_store(url)
    pages, passages, vectors = sample()
    with pytest.raises(ValueError, match="2 passages need 2 vector rows"):
        store.upsert(pages, passages, vectors[:1])
    with pytest.raises(ModelMismatchError, match="holds 4-dim vectors but these have 3"):
        store.upsert(pages, passages, vectors[:, :3])
    with pytest.raises(ValueError, match="finite and non-zero"):
        store.upsert(pages, passages, np.zeros_like(vectors))
    with pytest.raises(ValueError, match="not in this batch"):
        store.upsert(pages[:1], passages, vectors)
    assert state.calls("PUT", "/_bulk") == []


# -- what each operation sends and how answers come back ----------------------------------


def test_upsert_sends_idempotent_index_operations_by_page_id(fake):
    state, url = fake
    store = open_store(url)
    store.upsert(*sample())
    store.upsert(*sample())
    for bulk in state.calls("PUT", "/_bulk"):
        assert bulk["query"].get("require_alias") == "true"
        ops = bulk["body"][::2]
        assert ops == [
            {"index": {"_index": ALIAS, "_id": "p0"}},
            {"index": {"_index": ALIAS, "_id": "p1"}},
        ]
        doc = bulk["body"][1]
        assert doc["cited_numbers"] == ["16/CT-TTg"]
        assert doc["passages"][0]["vector"] == [0.5, 0.5, 0.5, 0.5]


def test_delete_of_a_missing_page_is_not_an_error(fake):
    state, url = fake
    store = open_store(url)
    lines = [{"delete": {"_index": ALIAS, "_id": "gone"}}]
    state.script("PUT", "/_bulk", (200, _bulk_answer(lines, {"gone": (404, None)})))
    store.delete(["gone"])


def test_get_round_trips_and_missing_is_none(fake):
    state, url = fake
    store = open_store(url)
    page = sample(1)[0][0]
    state.script(
        "GET",
        "/t-pages/_doc/p0",
        (
            200,
            {
                "_index": "t-pages-v1",
                "_id": "p0",
                "found": True,
                "_source": page.model_dump(mode="json"),
            },
        ),
        (404, {"_index": "t-pages-v1", "_id": "nope", "found": False}),
    )
    assert store.get("p0") == page
    excluded = state.calls("GET", "/t-pages/_doc/p0")[0]["query"]["_source_excludes"]
    assert set(excluded.split(",")) == set(DERIVED_FIELDS)  # vectors never travel for `get`
    assert store.get("p0") is None


def test_keyword_hits_carry_plain_snippets_with_spans(fake):
    state, url = fake
    store = open_store(url)
    pre, post = HIGHLIGHT_PRE, HIGHLIGHT_POST
    fragment = f"Công tác {pre}phòng{post}, {pre}chống{post} <b>dịch</b> &amp;"
    state.script(
        "POST",
        "/t-pages/_search",
        (
            200,
            _search_answer(
                [
                    {
                        "_id": "p0",
                        "_score": 3.5,
                        "_source": {"page_id": "p0", "title": "Tin", "url": "u"},
                        "highlight": {"text": [fragment]},
                    }
                ],
                total=41,
            ),
        ),
    )
    total, hits = store.keyword(q("phong chong", SearchFilters(province="Kon Tum")))
    assert total == 41
    hit = hits[0]
    assert hit.snippet == "Công tác phòng, chống <b>dịch</b> &amp;"
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["phòng", "chống"]
    sent = state.calls("POST", "/t-pages/_search")[0]["body"]
    assert '"query_string"' not in json.dumps(sent)  # only simple_query_string
    assert sent["query"]["bool"]["filter"] == [{"term": {"province.key": "kon tum"}}]


def test_semantic_reports_cosine_and_best_passage_snippet(fake):
    state, url = fake
    store = open_store(url)
    text = "Mở đầu. Đoạn hai nói về phòng chống lụt bão."
    state.script(
        "POST",
        "/t-pages/_search",
        (
            200,
            _search_answer(
                [
                    {
                        "_id": "p0",
                        "_score": 0.95,
                        "_source": {"page_id": "p0", "text": text},
                        "inner_hits": {
                            "passages": {
                                "hits": {
                                    "hits": [
                                        {
                                            "_nested": {"field": "passages", "offset": 1},
                                            "_score": 0.95,
                                            "fields": {"passages": [{"start": [8], "end": [44]}]},
                                        }
                                    ]
                                }
                            }
                        },
                    }
                ]
            ),
        ),
    )
    hits = store.semantic(np.array([1, 0, 0, 0], dtype=np.float32), SearchFilters())
    assert hits[0].score == pytest.approx(0.9)
    assert hits[0].snippet.startswith("Đoạn hai")
    with pytest.raises(ModelMismatchError, match="query vector has 3"):
        store.semantic(np.ones(3, dtype=np.float32), SearchFilters())


def knn_hit(page_id: str, score: float, passage_score: float, start: int, end: int):
    """A kNN hit whose page score (from the quantised graph) and best passage's own score
    may differ, as on near ties."""
    text = "Mở đầu chung. Đoạn hai về bão lũ. Đoạn ba về dịch bệnh."
    return {
        "_id": page_id,
        "_score": score,
        "_source": {"page_id": page_id, "text": text},
        "inner_hits": {
            "passages": {
                "hits": {
                    "hits": [
                        {
                            "_nested": {"field": "passages", "offset": 1},
                            "_score": passage_score,
                            "fields": {"passages": [{"start": [start], "end": [end]}]},
                        }
                    ]
                }
            }
        },
    }


def test_semantic_scores_and_snippets_come_from_the_same_passage(fake):
    state, url = fake
    store = open_store(url)
    start = len(state.requests)
    # By the graph "a" is ahead, but the passage each snippet shows puts "b" first.
    hits = [knn_hit("a", 0.91, 0.88, 14, 33), knn_hit("b", 0.90, 0.90, 34, 56)]
    state.script("POST", "/t-pages/_search", (200, _search_answer(hits)))
    found = store.semantic(np.array([1, 0, 0, 0], dtype=np.float32), SearchFilters(), limit=2)
    assert [(h.page_id, round(h.score, 4), h.snippet) for h in found] == [
        ("b", 0.8, "Đoạn ba về dịch bệnh."),
        ("a", 0.76, "Đoạn hai về bão lũ."),
    ]
    assert [(r["method"], r["path"]) for r in state.requests[start:]] == [
        ("POST", "/t-pages/_search")
    ]
    inner = state.requests[-1]["body"]["knn"]["inner_hits"]
    assert inner == {"size": 1, "_source": False, "fields": ["passages.start", "passages.end"]}


def test_facets_come_back_per_province_agency_year_month(fake):
    state, url = fake
    store = open_store(url)
    state.script(
        "POST",
        "/t-pages/_search",
        (
            200,
            _search_answer(
                [],
                3,
                {
                    "province": {"buckets": [{"key": "Kon Tum", "doc_count": 2}]},
                    "agency": {"buckets": [{"key": "Sở Tư pháp", "doc_count": 3}]},
                    "year": {
                        "buckets": [
                            {"key_as_string": "2020", "key": 1577836800000, "doc_count": 3},
                            {"key_as_string": "2021", "key": 1609459200000, "doc_count": 0},
                        ]
                    },
                    "month": {
                        "buckets": [
                            {"key_as_string": "2020-03", "key": 1583020800000, "doc_count": 2},
                            {"key_as_string": "2020-04", "key": 1585699200000, "doc_count": 1},
                        ]
                    },
                },
            ),
        ),
    )
    assert store.facets(q("")) == {
        "province": {"Kon Tum": 2},
        "agency": {"Sở Tư pháp": 3},
        "year": {"2020": 3},
        "month": {"2020-03": 2, "2020-04": 1},
    }
    month = state.calls("POST", "/t-pages/_search")[0]["body"]["aggs"]["month"]
    assert month == {
        "date_histogram": {
            "field": "published_day",
            "calendar_interval": "month",
            "format": "yyyy-MM",
            "min_doc_count": 1,
        }
    }
    assert store.facets(q("AND")) == {"province": {}, "agency": {}, "year": {}, "month": {}}
    assert len(state.calls("POST", "/t-pages/_search")) == 1  # nothing to match: not asked


def test_by_citation_snippet_points_at_the_citation(fake):
    state, url = fake
    store = open_store(url)
    text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ."
    start = text.index("16/CT-TTg")
    state.script(
        "POST",
        "/t-pages/_search",
        (
            200,
            _search_answer(
                [
                    {
                        "_id": "p0",
                        "_score": 1.0,
                        "_source": {
                            "page_id": "p0",
                            "text": text,
                            "citations": [
                                {"number": "16/CT-TTg", "start": start, "end": start + 9}
                            ],
                        },
                    }
                ]
            ),
        ),
    )
    hit = store.by_citation(" 16/CT-TTg ", SearchFilters(province="Kon Tum"))[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["16/CT-TTg"]
    sent = state.calls("POST", "/t-pages/_search")[0]["body"]
    assert sent["query"]["bool"]["should"][0]["constant_score"]["filter"] == {
        "term": {"own_number_key": "16/CT-TTg"}
    }
    assert sent["query"]["bool"]["filter"] == [{"term": {"province.key": "kon tum"}}]
    store.cited_by("16/CT-TTg", SearchFilters(agency="Sở Tư pháp"))
    sent = state.calls("POST", "/t-pages/_search")[1]["body"]
    assert sent["query"]["bool"]["filter"] == [{"term": {"agency.key": "so tu phap"}}]
    assert sent["query"]["bool"]["must_not"] == [{"term": {"own_number_key": "16/CT-TTg"}}]


def test_embedding_model_is_kept_in_index_metadata(fake):
    state, url = fake
    store = open_store(url)
    assert store.embedding_model() is None
    store.set_embedding_model("multilingual-e5-small@abc")
    assert store.embedding_model() == "multilingual-e5-small@abc"
    meta = state.indices["t-pages-v1"]["meta"]
    assert meta["embedding_model"] == "multilingual-e5-small@abc"
    assert meta["bulletin_schema"] == SCHEMA_VERSION and meta["build"]  # the rest of _meta is kept


def test_rebuild_fills_a_new_index_and_swaps_the_alias_in_one_request(fake):
    state, url = fake
    store = open_store(url)
    with store.rebuild():
        store.upsert(*sample())
        store.commit()
        assert state.indices["t-pages-v1"]["aliases"] == {ALIAS}  # searches still see v1
        assert state.indices["t-pages-v2"]["aliases"] == set()
    bulk = state.calls("PUT", "/_bulk")[0]
    assert bulk["body"][0] == {"index": {"_index": "t-pages-v2", "_id": "p0"}}
    assert "require_alias" not in bulk["query"]
    swap = state.calls("POST", "/_aliases")
    assert [s["body"] for s in swap] == [
        {
            "actions": [
                {"remove": {"index": "t-pages-v1", "alias": ALIAS}},
                {"add": {"index": "t-pages-v2", "alias": ALIAS}},
            ]
        }
    ]
    assert layout(state) == {"t-pages-v2": {ALIAS}}


def test_failed_rebuild_leaves_the_live_index_alone(fake):
    state, url = fake
    store = open_store(url)
    with pytest.raises(RuntimeError), store.rebuild():
        store.upsert(*sample())
        raise RuntimeError("embedding crashed")
    assert state.calls("POST", "/_aliases") == []
    assert layout(state) == {"t-pages-v1": {ALIAS}}
    store.upsert(*sample())  # writes go back to the alias
    assert state.calls("PUT", "/_bulk")[-1]["body"][0]["index"]["_index"] == ALIAS


# -- requests that are not idempotent, sent again ------------------------------------------


def sent_since(state: FakeElasticsearch, start: int) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in state.requests[start:]]


def test_a_new_index_created_before_its_answer_was_lost_counts_as_created(fake):
    state, url = fake
    store = open_store(url, request_timeout=0.3)
    start = len(state.requests)
    state.script("PUT", "/t-pages-v2", (None, None, 0.6))  # created, answered too late
    with store.rebuild():
        store.upsert(*sample())
    assert sent_since(state, start)[:6] == [
        ("GET", "/t-pages-v*/_alias"),
        ("PUT", "/_index_template/t-pages"),
        ("PUT", "/t-pages-v2"),  # timed out after creating the index
        ("PUT", "/t-pages-v2"),  # sent again by the client: "already exists" ...
        ("GET", "/t-pages-v2/_mapping"),  # ... with this build's id in _meta: done
        ("PUT", "/_bulk"),
    ]
    first, again = state.calls("PUT", "/t-pages-v2")
    assert first["body"] == again["body"]
    assert (
        first["body"]["mappings"]["_meta"]["build"] == state.indices["t-pages-v2"]["meta"]["build"]
    )
    assert layout(state) == {"t-pages-v2": {ALIAS}}


def test_an_index_another_build_created_is_not_taken(fake):
    state, url = fake
    store = open_store(url)
    # Another rebuild creates v2 between our look at the indices and our create.
    state.script("GET", "/t-pages-v*/_alias", (200, {"t-pages-v1": {"aliases": {ALIAS: {}}}}))
    meta = {"bulletin_schema": SCHEMA_VERSION, "build": "x"}
    state.indices["t-pages-v2"] = {"aliases": set(), "meta": meta}
    start = len(state.requests)
    refused = pytest.raises(BulletinError, match="t-pages-v2 was created by someone else")
    with refused, store.rebuild():
        store.upsert(*sample())
    assert sent_since(state, start) == [
        ("GET", "/t-pages-v*/_alias"),
        ("PUT", "/_index_template/t-pages"),
        ("PUT", "/t-pages-v2"),
        ("GET", "/t-pages-v2/_mapping"),  # not our build: refused, and left alone
    ]
    assert layout(state) == {"t-pages-v1": {ALIAS}, "t-pages-v2": set()}


def test_an_alias_swap_done_before_its_answer_was_lost_counts_as_done(fake):
    state, url = fake
    store = open_store(url, request_timeout=0.3)
    state.script("POST", "/_aliases", (None, None, 0.6))  # swapped, answered too late
    start = len(state.requests)
    with store.rebuild():
        store.upsert(*sample())
    assert sent_since(state, start)[-6:] == [
        ("POST", "/t-pages-v2/_refresh"),
        ("GET", "/t-pages-v*/_alias"),
        ("POST", "/_aliases"),  # timed out after moving the alias
        ("POST", "/_aliases"),  # sent again: v1 no longer holds the alias (404) ...
        ("GET", "/t-pages-v*/_alias"),  # ... the alias is on v2 and nowhere else: done
        ("DELETE", "/t-pages-v1"),
    ]
    assert layout(state) == {"t-pages-v2": {ALIAS}}


def test_a_swap_that_did_not_happen_fails_and_drops_the_new_index(fake):
    state, url = fake
    store = open_store(url)
    state.script("POST", "/_aliases", (400, _error(400, "illegal_argument_exception", "nope")))
    start = len(state.requests)
    refused = pytest.raises(BulletinError, match="switching to the new index: nope")
    with refused, store.rebuild():
        store.upsert(*sample())
    assert sent_since(state, start)[-5:] == [
        ("GET", "/t-pages-v*/_alias"),
        ("POST", "/_aliases"),
        ("GET", "/t-pages-v*/_alias"),  # the alias did not move: the error stands
        ("GET", "/t-pages-v*/_alias"),  # v2 is not live: drop it
        ("DELETE", "/t-pages-v2"),
    ]
    assert layout(state) == {"t-pages-v1": {ALIAS}}


def test_a_failed_build_left_behind_is_named_then_deleted_by_the_next_rebuild(fake):
    state, url = fake
    store = open_store(url)
    refusal = _denied("indices:admin/delete", "index", "delete_index,manage,all")
    state.script("DELETE", "/t-pages-v2", (403, refusal))  # the cleanup itself fails
    with pytest.raises(RuntimeError) as caught, store.rebuild():
        store.upsert(*sample())
        raise RuntimeError("embedding crashed")  # the first error is the one reported
    (note,) = caught.value.__notes__
    assert note.startswith("the unfinished index t-pages-v2 was left in the cluster")
    assert "next `bulletin index --rebuild` deletes it" in note
    assert layout(state) == {"t-pages-v1": {ALIAS}, "t-pages-v2": set()}
    start = len(state.requests)
    with store.rebuild():
        store.upsert(*sample())
    assert [c for c in sent_since(state, start) if c[0] in ("DELETE", "POST")][-3:] == [
        ("POST", "/_aliases"),
        ("DELETE", "/t-pages-v1"),  # the previous live index
        ("DELETE", "/t-pages-v2"),  # and the failed build before this one
    ]
    assert layout(state) == {"t-pages-v3": {ALIAS}}


def test_a_bulk_chunk_has_one_retry_budget_whatever_goes_wrong(fake):
    state, url = fake
    store = open_store(url, max_retries=3, request_timeout=0.3)
    busy = {"p1": (429, "es_rejected_execution_exception")}
    state.script(
        "PUT",
        "/_bulk",
        (200, {}, 0.6),  # 1: no answer in time
        (503, _error(503, "unavailable_shards_exception")),  # 2: the node is busy
        (200, _bulk_answer(index_lines("p0", "p1"), busy)),  # 3: p0 written, p1 rejected
    )  # 4: p1 alone, written
    store.upsert(*sample())
    sends = [bulk_ids(b) for b in state.calls("PUT", "/_bulk")]
    assert sends == [["p0", "p1"], ["p0", "p1"], ["p0", "p1"], ["p1"]]


def test_a_bulk_chunk_is_sent_at_most_one_plus_max_retries_times(fake):
    state, url = fake
    store = open_store(url, max_retries=2)
    state.script("PUT", "/_bulk", *[(429, _error(429, "es_rejected_execution_exception"))] * 9)
    with pytest.raises(
        StoreUnavailableError,
        match=r"unavailable \(429 .*\) while writing pages, after 2 retries",
    ):
        store.upsert(*sample())
    # 3 sends in all: the client's own retries do not multiply the chunk's (once 3 x 3).
    assert len(state.calls("PUT", "/_bulk")) == 3


def test_bulk_timeouts_use_the_same_budget(fake):
    state, url = fake
    store = open_store(url, max_retries=1, request_timeout=0.2)
    state.script("PUT", "/_bulk", *[(200, {}, 0.5)] * 3)
    with pytest.raises(
        StoreUnavailableError, match=r"did not answer within 0.2s while writing pages \(1 retries\)"
    ):
        store.upsert(*sample())
    assert len(state.calls("PUT", "/_bulk")) == 2


def with_pit(answer: dict[str, Any], pit_id: str | None) -> dict[str, Any]:
    return {**answer, "pit_id": pit_id} if pit_id else answer


def test_offset_beyond_the_result_window_walks_a_point_in_time(fake):
    state, url = fake
    store = open_store(url)
    batch = [{"_id": f"x{i}", "_score": 1.0, "sort": [1.0, i]} for i in range(1000)]
    for n in range(10):
        state.script("POST", "/_search", (200, with_pit(_search_answer(batch), f"pit-{n + 2}")))
    deep = {"_id": "deep", "_score": 1.0, "_source": {"page_id": "deep"}, "sort": [1.0, 5]}
    state.script("POST", "/_search", (200, with_pit(_search_answer([deep], 12_000), "pit-12")))
    total, hits = store.keyword(q("dịch"), limit=10, offset=10_000)
    assert (total, [h.page_id for h in hits]) == (12_000, ["deep"])
    walks = state.calls("POST", "/_search")
    assert len(walks) == 11
    # Each batch goes with the id the previous answer carried, never the first one again.
    assert [w["body"]["pit"]["id"] for w in walks] == [f"pit-{n + 1}" for n in range(11)]
    assert all("from" not in w["body"] for w in walks)
    assert walks[1]["body"]["search_after"] == [1.0, 999]
    # The point in time is closed afterwards, by its latest id.
    assert [r["body"] for r in state.calls("DELETE", "/_pit")] == [{"id": "pit-12"}]


def test_a_walk_follows_the_latest_point_in_time_id(fake):
    state, url = fake
    store = open_store(url)
    state.requests.clear()
    page = {"page_id": "p", "url": "u", "content_hash": "h"}
    hits = [
        {"_id": f"p{i}", "_source": {**page, "page_id": f"p{i}"}, "sort": [i]} for i in range(5)
    ]
    state.script(
        "POST",
        "/_search",
        (200, with_pit(_search_answer(hits[:2]), "pit-2")),
        (200, with_pit(_search_answer(hits[2:4]), None)),  # no new id: keep the last one
        (200, with_pit(_search_answer(hits[4:]), "pit-3")),
    )
    assert [p.page_id for p in store.iter_pages(batch=2)] == [f"p{i}" for i in range(5)]
    assert [
        (r["method"], r["path"], (r["body"] or {}).get("pit", {}).get("id")) for r in state.requests
    ] == [
        ("POST", "/t-pages/_pit", None),
        ("POST", "/_search", "pit-1"),
        ("POST", "/_search", "pit-2"),
        ("POST", "/_search", "pit-2"),
        ("DELETE", "/_pit", None),
    ]
    assert state.calls("DELETE", "/_pit")[0]["body"] == {"id": "pit-3"}


def test_page_hashes_walk_every_page(fake):
    state, url = fake
    store = open_store(url)
    state.script(
        "POST",
        "/_search",
        (
            200,
            _search_answer(
                [
                    {"_id": "p0", "_source": {"content_hash": "h0"}, "sort": [0]},
                    {"_id": "p1", "_source": {"content_hash": "h1"}, "sort": [1]},
                ]
            ),
        ),
    )
    assert store.page_hashes() == {"p0": "h0", "p1": "h1"}


def test_similar_asks_for_vectors_and_excludes_the_page(fake):
    state, url = fake
    store = open_store(url)
    state.script(
        "GET",
        "/t-pages/_doc/p0",
        (
            200,
            {
                "_id": "p0",
                "found": True,
                "_source": {"passages": [{"vector": [1, 0, 0, 0]}, {"vector": [0, 1, 0, 0]}]},
            },
        ),
    )
    store.similar("p0", limit=5)
    assert state.calls("GET", "/t-pages/_doc/p0")[0]["query"]["_source_exclude_vectors"] == "false"
    knn = state.calls("POST", "/t-pages/_search")[0]["body"]["knn"]
    assert knn["query_vector"] == pytest.approx([0.7071068, 0.7071068, 0, 0])
    assert knn["filter"]["bool"]["must_not"][0] == {"ids": {"values": ["p0"]}}
