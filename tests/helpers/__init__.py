"""Plain helpers shared by the test tiers (imported, never collected: no module here is named test_*).

Fixtures live in the conftest.py files; this package holds what a test needs at import time
(parametrize lists, constants) or what a non-test tool reuses (bench imports `tests.helpers.browser`).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout
