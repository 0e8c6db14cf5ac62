"""Bundled demo portals: static Vietnamese government bulletin sites and the server for them."""
