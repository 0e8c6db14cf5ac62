"""What our crawler records beside each archived response, in a WARC `metadata` record.

The crawler writes it (from the site profile and the capture) and the indexer reads it back;
this model is the contract between the two. Keys it does not know are ignored, so files
written by older or newer crawlers still read.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

Kind = Literal["article", "listing", "attachment", "other"]
CONTENT_TYPE = "application/json"


class CrawlMetadata(BaseModel):
    """One capture's crawl context: which site profile found it, where, and as what."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    profile: str | None = None  # site profile name; None when no profile was involved
    province: str | None = None  # None for central bodies (or when unknown)
    agency: str | None = None
    date_order: Literal["dmy", "mdy"] | None = None  # how the site writes 03/04/2020
    kind: Kind | None = None
    parent_url: str | None = None  # the page that linked an attachment
    redirected_from: list[str] = []
    payload_sha256: str = ""  # of the decoded body: what "unchanged" compares

    @property
    def from_site_profile(self) -> bool:
        """Whether a site profile vouches for province and agency (a profile may say the
        site is central, province None, which is an answer, not a gap)."""
        return self.profile is not None

    def to_payload(self) -> bytes:
        """The metadata record's payload: UTF-8 JSON."""
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> CrawlMetadata | None:
        """Parse a metadata record's payload; None when it is not ours (other tools write
        their own formats). Ours but invalid raises ValueError in one line."""
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        if not isinstance(data, dict) or not data.keys() & cls.model_fields.keys():
            return None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(x) for x in error["loc"])
            raise ValueError(f"crawl metadata field {where}: {error['msg']}") from None
