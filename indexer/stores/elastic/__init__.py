"""The Elasticsearch store: the scale-out path, answering the same `Store` contract as the
embedded store.
"""
