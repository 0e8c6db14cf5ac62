"""`python -m indexer.cli` runs the `bulletin` command line."""

from indexer.cli.main import main

main()
