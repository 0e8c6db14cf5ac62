"""Vietnam's provinces: canonical names, the 2025 merger, and the province a text is about.

The data lives in ``data/provinces.yaml`` (63 pre-merger provinces with aliases, capitals,
districts and their post-1 July 2025 province; the central bodies of state and Party).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from indexer.parsing.textnorm import fold, new_style_tones, nfc

DATA_FILE = Path(__file__).with_name("data") / "provinces.yaml"


@dataclass(frozen=True)
class Province:
    """One pre-merger province or centrally-run city."""

    name: str
    kind: str
    current: str
    capital: str | None
    aliases: tuple[str, ...]
    places: tuple[str, ...]
    landmarks: tuple[str, ...]


@dataclass(frozen=True)
class _Gazetteer:
    provinces: dict[str, Province]
    exact: dict[str, str]  # exact key of a name/alias → canonical province
    loose: dict[str, str]  # folded, spaceless key → canonical province
    central: tuple[str, ...]  # exact keys of central bodies
    name_re: re.Pattern[str]
    place_re: re.Pattern[str]
    landmark_re: re.Pattern[str]
    place_owner: dict[str, str]  # exact key of a place/landmark → canonical province
    central_re: re.Pattern[str]


def _exact_key(name: str) -> str:
    """Comparison key keeping diacritics: case, tone style, dashes and spaces don't matter."""
    text = new_style_tones(nfc(name)).casefold()
    return " ".join(re.sub(r"[-–—]", " ", text).split())


def _loose_key(name: str) -> str:
    """Diacritic-free, spaceless key: "Kon Tum", "KONTUM" and "kontum" meet here."""
    return re.sub(r"[\W_]+", "", fold(name))


def _alternation(names: list[str]) -> str:
    # Longest first so "Bà Rịa - Vũng Tàu" wins over "Bà Rịa", "Gò Công Tây" over "Gò Công".
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def _load_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read the province gazetteer {path}: {exc}") from exc
    if not isinstance(data, dict) or not data.get("provinces"):
        raise ValueError(f"{path}: expected a mapping with a 'provinces' list")
    return data


def _build(data: dict, path: Path) -> _Gazetteer:
    units = {u["name"] for u in data.get("current_units", [])}
    provinces: dict[str, Province] = {}
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    place_owner: dict[str, str] = {}
    for row in data["provinces"]:
        try:
            prov = Province(
                name=nfc(row["name"]), kind=row["kind"], current=nfc(row["current"]),
                capital=row.get("capital"), aliases=tuple(map(nfc, row.get("aliases") or ())),
                places=tuple(map(nfc, row.get("places") or ())),
                landmarks=tuple(map(nfc, row.get("landmarks") or ())),
            )
        except KeyError as exc:
            raise ValueError(f"{path}: province entry {row!r} lacks {exc}") from exc
        if prov.current not in units:
            raise ValueError(f"{path}: {prov.name}: unknown post-merger unit {prov.current!r}")
        provinces[prov.name] = prov
        for alias in (prov.name, *prov.aliases):
            for table, key in ((exact, _exact_key(alias)), (loose, _loose_key(alias))):
                if table.get(key, prov.name) != prov.name:
                    raise ValueError(f"{path}: {alias!r} names both {table[key]} and {prov.name}")
                table[key] = prov.name
        for place in (*prov.places, *prov.landmarks):
            key = _exact_key(place)
            if place_owner.get(key, prov.name) != prov.name:
                raise ValueError(
                    f"{path}: place {place!r} is in {place_owner[key]} and {prov.name}"
                )
            place_owner[key] = prov.name
    names = [a for p in provinces.values() for a in (p.name, *p.aliases)]
    places = [pl for p in provinces.values() for pl in p.places]
    landmarks = [lm for p in provinces.values() for lm in p.landmarks]
    central = [nfc(c) for c in data.get("central_bodies", [])]
    return _Gazetteer(
        provinces=provinces, exact=exact, loose=loose,
        central=tuple(_exact_key(c) for c in central),
        name_re=re.compile(rf"(?<!\w)(?:{_alternation(names)})(?!\w)", re.IGNORECASE),
        place_re=re.compile(
            rf"(?<!\w)(?:thành phố|tp\.?|thị xã|tx\.?|huyện|quận|thị trấn)\s+"
            rf"({_alternation(places)})(?!\w)",
            re.IGNORECASE,
        ),
        landmark_re=re.compile(rf"(?<!\w)(?:{_alternation(landmarks)})(?!\w)"),
        place_owner=place_owner,
        central_re=re.compile(rf"(?<!\w)(?:{_alternation(central)})(?!\w)"),
    )


@cache
def _gazetteer() -> _Gazetteer:
    return _build(_load_yaml(DATA_FILE), DATA_FILE)


PROVINCES: list[str] = list(_gazetteer().provinces)

_ADMIN_PREFIX = re.compile(r"^\s*(?:tỉnh|thành phố|tp\.?|t\.p\.?)\s*", re.IGNORECASE)


def province_info(name: str) -> Province | None:
    """The gazetteer entry of a province given by any of its names, None if unknown."""
    canonical = canonical_province(name)
    return _gazetteer().provinces[canonical] if canonical else None


def canonical_province(name: str) -> str | None:
    """Canonical pre-merger name: "tỉnh Kon Tum", "KONTUM", "TP. Hồ Chí Minh" → "Kon Tum"/…

    Exact diacritics win; a diacritic-free match is the fallback. None if not a province.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    gaz = _gazetteer()
    bare = _ADMIN_PREFIX.sub("", nfc(name).strip())
    for candidate in (bare, name):
        if (hit := gaz.exact.get(_exact_key(candidate))) is not None:
            return hit
    for candidate in (bare, name):
        if (hit := gaz.loose.get(_loose_key(candidate))) is not None:
            return hit
    return None


def province_of_place(name: str) -> str | None:
    """Province of a district-level place or landmark: "Gia Nghĩa" → "Đắk Nông"."""
    if not isinstance(name, str):
        return None
    bare = re.sub(r"^\s*(?:thành phố|tp\.?|thị xã|tx\.?|huyện|quận|thị trấn)\s+", "", nfc(name),
                  flags=re.IGNORECASE)
    return _gazetteer().place_owner.get(_exact_key(bare))


def current_province(province: str) -> str | None:
    """The province after the 1 July 2025 merger: "Kon Tum" → "Quảng Ngãi", "Hà Nội" → "Hà Nội"."""
    info = province_info(province)
    return info.current if info else None


# Words that open an agency's name: "Sở Tư pháp tỉnh X", "Ban Dân tộc tỉnh X", "Tỉnh ủy X".
_AGENCY_WORD = re.compile(
    r"(?<!\w)(?:sở|ban(?! hành)|tỉnh ủy|thành ủy|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân"
    r"|cổng thông tin|trang thông tin|công an|cục|chi cục|bộ chỉ huy|văn phòng|đảng bộ"
    r"|trung tâm|đài|báo|liên đoàn|mặt trận|tòa án|viện kiểm sát|kho bạc|thanh tra"
    r"|bảo hiểm xã hội|bộ đội biên phòng)(?!\w)"
)
_LOCAL_WORD = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|sở|tỉnh ủy|thành ủy|huyện ủy|ubnd|hđnd"
    r"|ủy ban nhân dân|hội đồng nhân dân)(?!\w)"
)
_UNNAMED_LOCAL = re.compile(
    r"(?<!\w)(?:Tỉnh ủy|Thành ủy|UBND tỉnh|Ủy ban nhân dân tỉnh|HĐND tỉnh|Hội đồng nhân dân tỉnh"
    r"|Sở [A-ZĐ]\w*(?: \w+){0,4}?|Ban [A-ZĐ]\w*(?: \w+){0,3}? tỉnh)(?!\w)"
)
_CLAUSE_BREAK = re.compile(r"[.,;:!?|()\[\]\"“”\n]")
_NATIONAL_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", re.I)


def _looks_proper(span: str) -> bool:
    """A province name is capitalised; "hòa bình" (peace) and "long an" are not places."""
    return span[:1].isupper()


def _mention_weight(text: str, start: int) -> float:
    """How strongly a province name at ``start`` says the text is about that province."""
    before = text[max(0, start - 80):start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    prefixed = re.search(r"(?:tỉnh|thành phố|tp\.?|t\.p\.?)\s*$", clause, re.IGNORECASE)
    words = new_style_tones(clause).casefold().split()
    if _AGENCY_WORD.search(" ".join(words[-7:])):
        return 3.0
    if prefixed:
        return 0.5 if re.search(r"(?<!\w)các\s+(?:tỉnh|thành phố)\s*$", clause, re.I) else 1.0
    return 0.5


def _province_scores(text: str) -> Counter[str]:
    gaz = _gazetteer()
    scores: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    header_end = min(len(text), 200)
    for m in gaz.name_re.finditer(text):
        if not _looks_proper(m.group(0)):
            continue
        province = gaz.exact.get(_exact_key(m.group(0)))
        if province is None:
            continue
        weight = _mention_weight(text, m.start())
        scores[province] += weight * (2 if m.start() < header_end else 1)
        taken.append(m.span())
    for m in gaz.place_re.finditer(text):
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        owner = gaz.place_owner.get(_exact_key(m.group(1)))
        if owner and _looks_proper(m.group(1)):
            scores[owner] += 1.0
    for m in gaz.landmark_re.finditer(text):
        owner = gaz.place_owner.get(_exact_key(m.group(0)))
        if owner and not any(s <= m.start() < e for s, e in taken):
            scores[owner] += 1.0
    if not scores:
        scores.update(_loose_scores(text))
    return scores


_LOOSE_MENTION = re.compile(
    r"(?:tinh uy|thanh uy|ubnd tinh|tinh|thanh pho|tp\.?)\s+([a-z]+(?: [a-z]+){0,3})"
)


def _loose_scores(text: str) -> Counter[str]:
    """Fallback for text typed without diacritics: "Tinh uy Kon Tum", "tinh Daklak"."""
    gaz = _gazetteer()
    scores: Counter[str] = Counter()
    for m in _LOOSE_MENTION.finditer(fold(text)):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if (hit := gaz.loose.get("".join(words[:n]))) is not None:
                scores[hit] += 0.5
                break
    return scores


def _central_score(text: str) -> float:
    gaz = _gazetteer()
    score = 0.0
    for m in gaz.central_re.finditer(text):
        after = text[m.end():m.end() + 30]
        if not re.match(r"\s*(?:tỉnh|thành phố)(?!\w)", after, re.IGNORECASE):
            score += 1.0
    return score


def _legal_header(text: str) -> str | None:
    """The issuing-body block of an official document, before the national motto."""
    motto = _NATIONAL_MOTTO.search(text[:600])
    return text[:motto.start()] if motto and motto.start() > 0 else None


def province_in_text(text: str) -> str | None:
    """The province a text is evidently about or issued by, None for central bodies or no evidence.

    Agency mentions ("Sở Tư pháp tỉnh Kon Tum", "Tỉnh ủy Kon Tum") weigh most, then
    "tỉnh X", district-level places ("thành phố Gia Nghĩa") and landmarks ("Bờ Y"); bare
    or plural mentions ("các tỉnh ...") weigh little. An official document's header decides.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    text = nfc(text)
    header = _legal_header(text)
    if header is not None:
        if is_central_body(" ".join(header.split())):
            return None
        header_scores = _province_scores(header)
        if header_scores:
            return header_scores.most_common(1)[0][0]
    scores = _province_scores(text)
    if not scores:
        return None
    (best, score), *rest = scores.most_common(2) + [("", 0.0)]
    if score < 1.0 or rest[0][1] == score:
        return None
    local = score + len(_UNNAMED_LOCAL.findall(text))
    return best if local >= _central_score(text) / 2 else None


def is_central_body(agency: str) -> bool:
    """True for bodies of the central state or Party (Bộ Nội vụ, Văn phòng Chính phủ, Bộ
    Chính trị, Thủ tướng ...); False for provincial and lower bodies or unknown names."""
    if not isinstance(agency, str) or not agency.strip():
        return False
    key = _exact_key(agency)
    if _LOCAL_WORD.search(key) or _province_scores(nfc(agency)):
        return False
    if any(key.startswith(c) for c in _gazetteer().central):
        return True
    # "Ban Chỉ đạo ... của Bộ Nội vụ", "Ban Tuyên giáo Trung ương"
    if re.search(r"(?<!\w)(?:của|thuộc)\s+", key):
        owner = re.split(r"(?<!\w)(?:của|thuộc)\s+", key)[-1]
        if any(owner.startswith(c) for c in _gazetteer().central):
            return True
    return bool(re.search(r"(?<!\w)trung ương(?!\w)", key))
