"""`bulletin`: the command line, a thin front end over the crawler, the indexing pipeline and
the query API.
"""
