"""Pure parsing of Vietnamese bulletin text; no I/O, table-driven tests.

- `textnorm.py`: NFC, folding (tones and đ), one tone style;
- `decoding.py`: bytes → text (declared, detected, cp1258, TCVN3/VNI);
- `dates.py`: publication and cited dates;
- `gazetteer.py` (+ `data/provinces.yaml`): provinces, districts, the 2025 merger;
- `citations.py`: document numbers, the documents a text cites, its own number;
- `identity.py`: which document a mention names (number, issuer, province, year).
"""
