"""schemalint: a data-minimization linter for database schemas."""

__version__ = "0.1.0"
