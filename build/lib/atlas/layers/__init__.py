"""Map layers: one module per layer declaring its schema, provenance and style (see atlas/layers/base.py)."""
