"""Pure parsing of Vietnamese bulletin text: Unicode and tone normalisation, legacy encodings,
dates, provinces (with the 2025 merger), official document numbers. No I/O.
"""
