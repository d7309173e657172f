"""features/data: the Data & sources page's tables and the `atlas data` command (versioned store)."""
