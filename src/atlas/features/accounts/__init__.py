"""Local accounts: the `atlas accounts` command (the Activity page manages them in the app)."""
