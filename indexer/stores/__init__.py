"""Search stores: one interface (`Store`), an embedded and an Elasticsearch implementation."""
