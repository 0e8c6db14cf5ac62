"""Errors that reach the user as one clear line (the CLI prints them without a traceback)."""


class BulletinError(Exception):
    """Base of every error the user can act on."""


class InputError(BulletinError):
    """Bad input given by the user: a missing file, an unknown mode, a malformed date."""


class ModelMismatchError(BulletinError):
    """The store's vectors come from another embedding model than the one configured."""
