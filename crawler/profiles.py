"""Site profiles: one YAML file per portal says where to start and which URLs are what.

Adding a portal needs no code: write a profile. Patterns are regular expressions searched
in the URL path (and in "path?query", so pagination by query string can be matched).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, get_args
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from indexer.archive.capture import ArchivedPage
from indexer.archive.crawl_metadata import CrawlMetadata, Kind

# What `bulletin crawl --save-profile` found (crawler/technology.py, crawler/pagination.py).
Technology = Literal["webforms", "sharepoint", "dnn", "liferay", "wordpress", "joomla"]
Pagination = Literal["links", "postback", "sharepoint", "dnn", "liferay", "json", "rendered"]

# Signed documents as portals attach them: PDF (often a scan), Word old and new, RTF,
# Excel, and TIFF scans (JPEG/PNG links are mostly photos, so a profile opts into those).
DEFAULT_ATTACHMENT_PATTERNS = [r"(?i)\.(pdf|docx?|rtf|xlsx?|tiff?)$"]


class ProfileError(ValueError):
    """A profile file that cannot be used; the message is one line naming the file."""


class SiteProfile(BaseModel):
    """How to crawl one portal and what to record about it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    agency: str | None = None
    province: str | None = None  # None for central bodies (or when unknown)
    domains: list[str] = Field(min_length=1)
    start_urls: list[str] = Field(min_length=1)
    listing_patterns: list[str] = Field(default_factory=list)
    article_patterns: list[str] = Field(min_length=1)
    attachment_patterns: list[str] = Field(
        default_factory=lambda: list(DEFAULT_ATTACHMENT_PATTERNS)
    )
    date_order: Literal["dmy", "mdy"] | None = "dmy"
    max_depth: int = Field(default=5, ge=0, le=50)
    # How the site is built and how its lists page: detected by a crawl with
    # --save-profile, for the reader of the profile (the crawler recognises pagers anyway).
    technology: Technology | None = None
    pagination: list[Pagination] = Field(default_factory=list)
    # Render listings in Chromium: "auto" when a listing has scripts, no links to articles
    # or attachments and no JSON endpoint to ask instead; "always" for every listing; "never".
    render: Literal["auto", "always", "never"] = "auto"
    feeds: list[str] = Field(default_factory=list)  # RSS/Atom feeds read besides those found

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, domains: list[str]) -> list[str]:
        cleaned = [d.strip().lower().rstrip(".") for d in domains]
        for domain in cleaned:
            if not domain or "/" in domain or ":" in domain:
                raise ValueError(f"domain {domain!r} must be a bare host name (no scheme/port)")
        return cleaned

    @field_validator("listing_patterns", "article_patterns", "attachment_patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return patterns

    @model_validator(mode="after")
    def _start_urls_on_site(self) -> SiteProfile:
        for url in [*self.start_urls, *self.feeds]:
            what = "start URL" if url in self.start_urls else "feed"
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{what} {url!r} is not an http(s) URL")
            if not self.owns(url):
                raise ValueError(f"{what} {url!r} is outside domains {self.domains}")
        return self

    def detected(self, technology: str | None, pagination: list[str]) -> SiteProfile:
        """This profile with what a crawl found about the site (kept where it found nothing)."""
        known = [p for p in pagination if p in get_args(Pagination)]
        return self.model_copy(
            update={
                "technology": technology or self.technology,
                "pagination": known or self.pagination,
            }
        )

    def owns(self, url: str) -> bool:
        """Whether `url` is on one of this portal's domains (subdomains included)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def kind_of(self, url: str) -> Kind | None:
        """What `url` is on this site by its patterns, or None when it is out of scope.

        Listing patterns win over article patterns: "/tin-tuc/trang-2.html" often
        matches a loose article pattern too, and a listing must be followed, not skipped.
        """
        parts = urlsplit(url)
        targets = [parts.path or "/"]
        if parts.query:
            targets.append(f"{parts.path or '/'}?{parts.query}")
        for kind, patterns in (
            ("attachment", self.attachment_patterns),
            ("listing", self.listing_patterns),
            ("article", self.article_patterns),
        ):
            if any(re.search(p, t, re.IGNORECASE) for p in patterns for t in targets):
                return kind  # type: ignore[return-value]
        return None

    def record(self, page: ArchivedPage | None = None) -> CrawlMetadata:
        """What the WARC metadata record of `page`, fetched from this site, carries (the
        site's part alone without a page)."""
        capture = {}
        if page is not None:
            capture = {
                "kind": page.kind,
                "parent_url": page.parent_url,
                "redirected_from": page.redirected_from,
                "payload_sha256": page.payload_sha256,
            }
        return CrawlMetadata(
            profile=self.name,
            province=self.province,
            agency=self.agency,
            date_order=self.date_order,
            **capture,
        )


def load_profiles(paths: list[Path]) -> list[SiteProfile]:
    """Profiles from YAML files and folders of them (`*.yaml`, `*.yml`), names unique.

    A file may hold several profiles as separate YAML documents.
    """
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        elif path.is_file():
            files.append(path)
        else:
            raise ProfileError(f"{path}: no such profile file or folder")
    profiles: list[SiteProfile] = []
    seen: dict[str, Path] = {}
    for file in files:
        for profile in _load_file(file):
            if profile.name in seen:
                raise ProfileError(
                    f"{file}: profile name {profile.name!r} already used in {seen[profile.name]}"
                )
            seen[profile.name] = file
            profiles.append(profile)
    if not profiles:
        raise ProfileError(f"no profiles found in {', '.join(str(p) for p in paths)}")
    return profiles


def _load_file(file: Path) -> list[SiteProfile]:
    try:
        documents = [
            d for d in yaml.safe_load_all(file.read_text(encoding="utf-8")) if d is not None
        ]
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0]
        raise ProfileError(f"{file}: not valid YAML ({first})") from None
    profiles = []
    for document in documents:
        if not isinstance(document, dict):
            raise ProfileError(
                f"{file}: a profile must be a mapping of fields, got {type(document).__name__}"
            )
        try:
            profiles.append(SiteProfile(**document))
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(x) for x in error["loc"]) or "profile"
            message = error["msg"].removeprefix("Value error, ")
            raise ProfileError(f"{file}: {where}: {message}") from None
    return profiles


def infer_profile(urls: list[str]) -> list[SiteProfile]:
    """Starting-point profiles for bare start URLs, one per host (edit them with --save-profile).

    Each start URL's folder is taken as a listing section: the start page itself, its
    folder's index and numbered pagination are listings, and documents under it whose
    name carries a number or ends in .html/.aspx/.php are articles. Province and agency
    are unknown and left empty.
    """
    by_host: dict[str, list[str]] = {}
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ProfileError(f"{url}: not an http(s) URL")
        by_host.setdefault(parts.hostname.lower(), []).append(url)
    profiles = []
    for host, host_urls in by_host.items():
        folders = sorted({_folder(urlsplit(u).path) for u in host_urls})
        pages = sorted({urlsplit(u).path for u in host_urls} - set(folders))
        # A start page that is a document ("/TinTuc.aspx") is a listing by name: it would
        # otherwise match the article patterns below.
        listing = [rf"^{re.escape(p)}$" for p in pages]
        listing += [rf"^{re.escape(f)}(?:(?:index|default)\.\w+)?$" for f in folders]
        listing += [rf"^{re.escape(f)}.*(?:trang|page)[-_=/]?\d+" for f in folders]
        article = [rf"^{re.escape(f)}[^?]*[^/?]+\.(?:html?|aspx?|php|jsp)$" for f in folders]
        article += [rf"^{re.escape(f)}[^?]*\d+[^/?]*$" for f in folders]
        profiles.append(
            SiteProfile(
                name=re.sub(r"[^a-z0-9]+", "-", host).strip("-") or "site",
                domains=[host],
                start_urls=host_urls,
                listing_patterns=listing,
                article_patterns=article,
                date_order=None,
                province=None,
                agency=None,
            )
        )
    return profiles


def dump_profiles(profiles: list[SiteProfile], path: Path) -> None:
    """Write profiles as YAML documents (one file; a folder gets one file per profile)."""
    if path.is_dir():
        for profile in profiles:
            dump_profiles([profile], path / f"{profile.name}.yaml")
        return
    text = yaml.safe_dump_all(
        [p.model_dump() for p in profiles], allow_unicode=True, sort_keys=False
    )
    path.write_text(text, encoding="utf-8")


def _folder(path: str) -> str:
    if not path or path == "/":
        return "/"
    return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
