"""layers/specs"""
