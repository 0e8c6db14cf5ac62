"""The query API: the one place search behaviour lives. A query is parsed once into a typed
`QuerySpec`; stores compile it; ranking, fusion, snippets, filters, citation chains and
province comparisons are defined here. The UI and the CLI only call it.
"""
