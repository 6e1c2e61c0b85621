"""ownup: find every difference before the client does, and own the errors that get through."""

__version__ = "0.1.0"
