"""Per-area translation tables: each module defines STRINGS = {key: (fr, en)}."""
