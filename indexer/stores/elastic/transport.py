"""Talking to the cluster: the client and its retry policy, and every client exception
turned into one line a user can act on (never a password, never a traceback)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import elasticsearch
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    ConnectionTimeout,
    Elasticsearch,
    SSLError,
    TransportError,
    UnsupportedProductError,
)

from indexer.errors import BulletinError
from indexer.stores.elastic.errors import StoreUnavailableError, one_line
from indexer.stores.elastic.privileges import Privilege, granting, needed, role_summary

# Answers that mean "busy or restarting, try again".
RETRY_STATUSES = (429, 502, 503, 504)
# The oldest client with what `connect` uses (retry_backoff_base/_cap came in 9.5; the
# `source_exclude_vectors` of `similar` in 9.2). Keep pyproject.toml's pin in step.
CLIENT_FLOOR = (9, 5)
# The oldest server the 9.x client talks to (it sends compatible-with=9; 8.x refuses it).
SERVER_MAJOR = 9


def check_client() -> None:
    """Refuse an `elasticsearch` package too old for the options this store passes, with a
    line that says how to upgrade (instead of a TypeError from deep in the client)."""
    found = elasticsearch.__versionstr__
    version = tuple(int(part) for part in re.findall(r"\d+", found)[:2])
    if version < CLIENT_FLOOR or version[0] != CLIENT_FLOOR[0]:
        floor = ".".join(map(str, CLIENT_FLOOR))
        raise StoreUnavailableError(
            f"bulletin needs the elasticsearch Python client {floor} or a later "
            f"{CLIENT_FLOOR[0]}.x (found {found}): pip install "
            f"'elasticsearch>={floor},<{CLIENT_FLOOR[0] + 1}'"
        )


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a request is sent again."""

    request_timeout: float = 30
    max_retries: int = 5
    backoff: float = 1.0  # seconds before the first retry, doubling up to 30 times this


def redact_url(url: str) -> str:
    """The URL without any user:password, for messages."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def connect(
    url: str,
    policy: RetryPolicy,
    *,
    api_key: str | None = None,
    basic_auth: tuple[str, str] | None = None,
    ca_file: str | None = None,
) -> Elasticsearch:
    """A client for `url` that retries busy answers and timeouts with backoff."""
    return Elasticsearch(
        url,
        api_key=api_key,
        basic_auth=basic_auth,
        ca_certs=ca_file,
        request_timeout=policy.request_timeout,
        max_retries=policy.max_retries,
        retry_on_status=RETRY_STATUSES,
        # Sending a request again after a timeout is safe: reads, searches and puts of the
        # template or mapping are idempotent; creating an index and moving the alias check
        # what the first attempt did (builds.py); bulk writes turn these retries off and
        # keep one budget per chunk (bulk.py).
        retry_on_timeout=True,
        retry_backoff_base=policy.backoff,
        retry_backoff_cap=30 * policy.backoff,
        http_compress=True,
    )


def reason(exc: ApiError) -> str:
    """What the cluster said went wrong, in one line."""
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        text = body["error"].get("reason") or body["error"].get("type") or exc.message
        return one_line(text)
    return one_line(exc.message)


@dataclass(frozen=True)
class ErrorTranslator:
    """Turns client exceptions into `StoreUnavailableError`/`BulletinError` lines naming
    the cluster and what bulletin was doing."""

    url: str  # redacted
    prefix: str
    policy: RetryPolicy

    def denied(self, doing: str, needs: Sequence[Privilege], why: str) -> StoreUnavailableError:
        """A refusal (403) naming the privilege that is missing: the one Elasticsearch says
        grants the action when it says so, else what the operation needs."""
        lacking = granting(why) or list(needs)
        return StoreUnavailableError(
            f"Elasticsearch at {self.url} denied {doing} (403): the user needs "
            f"{needed(lacking, self.prefix)}; give it bulletin's role "
            f"({role_summary(self.prefix)}, see docs/elasticsearch.md) ({why})"
        )

    @contextmanager
    def __call__(self, doing: str, *needs: Privilege) -> Iterator[None]:
        """Translate what the client raises while `doing` (which needs `needs`)."""
        where = f"Elasticsearch at {self.url}"
        retries = self.policy.max_retries
        try:
            yield
        except BulletinError:
            raise
        except AuthenticationException:
            raise StoreUnavailableError(
                f"{where} refused the credentials (401) while {doing}: check ES_API_KEY or "
                "ES_USERNAME/ES_PASSWORD"
            ) from None
        except AuthorizationException as exc:
            raise self.denied(doing, needs, reason(exc)) from None
        except UnsupportedProductError:
            raise StoreUnavailableError(f"the server at {self.url} is not Elasticsearch") from None
        except BadRequestError as exc:
            if exc.error == "media_type_header_exception":
                raise StoreUnavailableError(
                    f"{where} is older than 9.0; bulletin's elasticsearch 9 client needs an "
                    "Elasticsearch 9 server"
                ) from None
            raise BulletinError(
                f"{where} rejected a request while {doing}: {reason(exc)}"
            ) from None
        except ApiError as exc:
            if exc.status_code in RETRY_STATUSES:
                raise StoreUnavailableError(
                    f"{where} is unavailable ({exc.status_code} {reason(exc)}) "
                    f"while {doing}, after {retries} retries"
                ) from None
            raise BulletinError(
                f"{where} failed while {doing}: {exc.status_code} {reason(exc)}"
            ) from None
        except ConnectionTimeout:
            raise StoreUnavailableError(
                f"{where} did not answer within {self.policy.request_timeout:g}s while {doing} "
                f"({retries} retries)"
            ) from None
        except SSLError as exc:
            raise StoreUnavailableError(
                f"TLS with {where} failed: {one_line(exc.message)}; set ES_CA_FILE to the "
                "cluster's CA certificate (http_ca.crt)"
            ) from None
        except elasticsearch.ConnectionError as exc:  # after SSLError, its subclass
            raise StoreUnavailableError(
                f"cannot reach {where} while {doing}: {one_line(exc.message)}"
            ) from None
        except TransportError as exc:
            raise StoreUnavailableError(f"{where}: {one_line(exc)} while {doing}") from None
