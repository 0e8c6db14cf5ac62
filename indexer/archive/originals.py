"""The original file of an archived page as the portal served it (a scan, a .doc), read
back from its WARC record, so a reader can check OCR or extracted text against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from indexer.archive.records import read_record_at
from indexer.errors import BulletinError

MAX_ORIGINAL_BYTES = 128 << 20  # twice the crawler's download limit


class OriginalNotFound(BulletinError):
    """The page's record cannot be read back; the message says why in one line."""


@dataclass(frozen=True)
class Original:
    body: bytes
    content_type: str | None
    file_name: str


def read_original(
    warc_dir: Path, warc_file: str | None, warc_offset: int | None, url: str = ""
) -> Original:
    """The payload, content type and a file name for the record at `warc_offset` of
    `warc_file` (a file name under `warc_dir`, as pages record it)."""
    if not warc_file or warc_offset is None:
        raise OriginalNotFound("the page records no WARC file and offset")
    path = Path(warc_dir) / PurePosixPath(warc_file).name  # a name, never a path elsewhere
    if not path.is_file():
        raise OriginalNotFound(f"WARC file {path.name} is not in {warc_dir}")
    try:
        head, body = read_record_at(path, warc_offset, limit=MAX_ORIGINAL_BYTES + 1)
        content_type = head.http.get_header("Content-Type") if head.http else head.content_type
        target = head.url or url
    except StopIteration:
        raise OriginalNotFound(f"no record at offset {warc_offset} of {path.name}") from None
    except Exception as exc:  # warcio raises many types on damaged input
        raise OriginalNotFound(f"{path.name} at offset {warc_offset}: "
                               f"{type(exc).__name__}: {exc}".splitlines()[0]) from exc
    if len(body) > MAX_ORIGINAL_BYTES:
        raise OriginalNotFound(f"the original is over {MAX_ORIGINAL_BYTES >> 20} MB")
    return Original(body=body, content_type=content_type, file_name=_file_name(target))


def _file_name(url: str) -> str:
    name = unquote(PurePosixPath(urlsplit(url.strip("<>")).path).name)
    return name or "original"
