"""Revisit records: find the record whose payload a revisit stands for, in the same file.

Heritrix, Browsertrix and pywb write a `revisit` instead of a response when a page has not
changed: by the identical-payload-digest profile (same WARC-Payload-Digest as an earlier
capture) or the server-not-modified profile (a 304 answer). The original is named, in
order of trust, by WARC-Refers-To (its record id), by WARC-Refers-To-Target-URI and
WARC-Refers-To-Date, or only by the payload digest.
"""

from __future__ import annotations

from datetime import datetime

from indexer.archive.records import RecordHead

ORIGINAL_TYPES = ("response", "resource")


class Originals:
    """The records of one file a revisit may point at."""

    def __init__(self, heads: list[RecordHead]):
        self._by_id: dict[str, RecordHead] = {}
        self._by_capture: dict[tuple[str, str | None], RecordHead] = {}
        self._by_url: dict[str, list[RecordHead]] = {}
        self._by_digest: dict[str, RecordHead] = {}
        for head in heads:
            if head.type not in ORIGINAL_TYPES or not head.is_web_capture:
                continue
            if head.record_id:
                self._by_id[head.record_id] = head
            self._by_capture[(head.url, _instant(head.date))] = head
            self._by_url.setdefault(head.url, []).append(head)
            if head.payload_digest:
                self._by_digest.setdefault(head.payload_digest, head)

    def find(self, revisit: RecordHead) -> RecordHead | None:
        """The original of `revisit`, or None when this file does not hold it."""
        if revisit.refers_to and revisit.refers_to in self._by_id:
            return self._by_id[revisit.refers_to]
        url = revisit.refers_to_url or revisit.url
        if revisit.refers_to_date:
            found = self._by_capture.get((url, _instant(revisit.refers_to_date)))
            if found is not None:
                return found
        elif url in self._by_url and not revisit.payload_digest:
            # A bare not-modified revisit: the latest capture of the URL before it.
            earlier = [h for h in self._by_url[url] if h.offset < revisit.offset]
            if earlier:
                return earlier[-1]
        if revisit.payload_digest:
            return self._by_digest.get(revisit.payload_digest)
        return None


def _instant(date: str | None) -> str | None:
    """A WARC date to the second, so "…:00Z" and "…:00.000123Z" name the same capture."""
    if not date:
        return None
    try:
        moment = datetime.fromisoformat(date.strip().replace("Z", "+00:00"))
    except ValueError:
        return date.strip()
    return moment.replace(microsecond=0).isoformat()
