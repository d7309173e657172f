"""Map layers: one module per layer declaring its schema, provenance and style (see layers/base.py)."""
