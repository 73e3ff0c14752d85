"""wirecoder.store: the DuckDB file that holds articles and their coded records."""

from wirecoder.store.database import Store, WriteSummary

__all__ = ["Store", "WriteSummary"]
