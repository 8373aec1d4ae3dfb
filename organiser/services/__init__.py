"""Use cases: keyword-only functions, each one transaction, each returning what changed."""
