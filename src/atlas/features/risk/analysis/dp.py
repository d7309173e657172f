"""Optional ε-differential privacy: discrete Laplace noise from OpenDP on the finest counts.

Noise is added once, to the counts per (hexagon, quarter, category, victims' origin); every other
cell of both published tables (the main one and the origin one) is then summed from the noisy counts.
One incident changes exactly one of those counts by one (L1
sensitivity 1 when an incident is added or removed), so the discrete Laplace mechanism with scale
1/ε makes the finest table ε-DP, and everything computed from it — the sums, the clamping at zero,
the rounding, the suppression and the audit — is post-processing and keeps the guarantee. Summing
noisy counts also keeps the hierarchy exact, which the disclosure audit needs.

OpenDP draws from the operating system's secure random source; it cannot be seeded, on purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from opendp.mod import Measurement


def make_mechanism(epsilon: float) -> Measurement:
    """The OpenDP measurement for a vector of integer counts (L1 sensitivity 1)."""
    if not (epsilon > 0 and np.isfinite(epsilon)):
        raise ValueError(f"--epsilon must be a positive number, got {epsilon}")
    import opendp.prelude as dp

    dp.enable_features("contrib")
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    return space >> dp.m.then_laplace(scale=1.0 / epsilon)


def privacy_loss(epsilon: float) -> float:
    """ε actually spent by one release (OpenDP's own accounting for a sensitivity-1 input)."""
    return float(make_mechanism(epsilon).map(1))


def add_noise(base: np.ndarray, epsilon: float) -> np.ndarray:
    """Noisy counts, same shape, clamped at zero (post-processing)."""
    mechanism = make_mechanism(epsilon)
    noisy = np.asarray(mechanism(base.astype(np.int64).ravel().tolist()), dtype=np.int64)
    return np.maximum(noisy, 0).reshape(base.shape)
