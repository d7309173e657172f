"""Custom gap-score weights: read from the command line, a link or the page's sliders, checked in one place.

A CSR manager may disagree with the documented weights (`GapWeights()`), so the page, the command
and links let them be changed. Three rules keep that honest:

- the default never gets lost: `GapWeights.is_default()` tells every output whether to say
  "custom weights";
- each weight lies in [WEIGHT_MIN, WEIGHT_MAX]. The score divides by the sum of the weights, so
  only their ratios matter and any set of weights can be rescaled into [0, 1]: the bound costs
  nothing and keeps the page's sliders able to show whatever a command or a link used;
- the command refuses a bad value (a person typed it and is there to fix it), whereas a link
  ignores it with a warning and keeps the default (a link is user input and must still open).

Only the six factor weights are adjustable; the saturation points stay as documented.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from atlas.features.csr.analysis.gaps import FACTORS, GapWeights

DEFAULT_WEIGHTS = GapWeights()
WEIGHT_MIN: float = 0.0
WEIGHT_MAX: float = 1.0
WEIGHT_STEP: float = 0.01  # the sliders' step; links and sliders are rounded to it
WEIGHT_DECIMALS: int = 2
QUERY_PREFIX = "w_"  # link parameter of a weight: w_service_distance=0.3


class WeightsError(ValueError):
    """A weight the command line must refuse; the message always ends with what would be accepted."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            f"{problem}; valid names: {valid_names()} (each between {WEIGHT_MIN:g} and {WEIGHT_MAX:g}, not all zero)"
        )


def valid_names() -> str:
    """The weight names accepted by the command and links, for error messages."""
    return ", ".join(FACTORS)


def check_weight(name: str, value: object) -> float:
    """`value` as a weight for factor `name`, or WeightsError saying what is wrong and what is valid."""
    if name not in FACTORS:
        raise WeightsError(f"unknown weight {name!r}")
    try:
        number = float(str(value).strip())
    except ValueError:
        raise WeightsError(f"weight {name} must be a number, got {value!r}") from None
    if not math.isfinite(number) or not WEIGHT_MIN <= number <= WEIGHT_MAX:
        raise WeightsError(
            f"weight {name} must lie between {WEIGHT_MIN:g} and {WEIGHT_MAX:g} (only the ratios "
            f"between weights matter), got {value!r}"
        )
    return number


def with_weights(values: Mapping[str, float], base: GapWeights = DEFAULT_WEIGHTS) -> GapWeights:
    """`base` with the given factor weights replaced; WeightsError if every weight ends up zero.

    Values are checked by `check_weight` first; the all-zero case is refused here because the
    score would divide by zero (and "nothing matters" is not a ranking).
    """
    checked = {name: check_weight(name, value) for name, value in values.items()}
    merged = {**base.factor_weights(), **checked}
    if sum(merged.values()) <= 0:
        raise WeightsError("all weights are zero: at least one must be above zero")
    return replace(base, **merged)


def parse_weights(text: str) -> GapWeights:
    """Weights from the command-line syntax "name=value,name=value"; unnamed factors keep their default."""
    values: dict[str, str] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep:
            raise WeightsError(f"expected name=value, got {item!r}")
        if name in values:
            raise WeightsError(f"weight {name} given twice")
        check_weight(name, value)
        values[name] = value
    if not values:
        raise WeightsError("no weight given; expected name=value,name=value")
    return with_weights({k: float(v) for k, v in values.items()})


def format_weights(weights: GapWeights) -> str:
    """The factor weights in the command-line syntax (what `parse_weights` reads back)."""
    return ",".join(f"{name}={value:g}" for name, value in weights.factor_weights().items())


def changed_weights(weights: GapWeights) -> list[tuple[str, float, float]]:
    """(factor, value in use, default) for each factor weight that differs from the default."""
    default = DEFAULT_WEIGHTS.factor_weights()
    return [(name, value, default[name]) for name, value in weights.factor_weights().items() if value != default[name]]


def shares(weights: GapWeights) -> dict[str, float]:
    """Each factor's share of the score (weight / sum of weights), since only ratios matter."""
    factor_weights = weights.factor_weights()
    total = sum(factor_weights.values())
    return {name: value / total for name, value in factor_weights.items()}


def weights_to_query(weights: GapWeights) -> dict[str, str]:
    """Link parameters for `weights`: none when default, all six otherwise.

    All six rather than only the changed ones, so that a shared link reopens the same ranking
    even if the documented defaults change later.
    """
    if weights.is_default():
        return {}
    return {f"{QUERY_PREFIX}{name}": f"{value:g}" for name, value in weights.factor_weights().items()}


@dataclass(frozen=True)
class WeightChoice:
    """Weights to use, plus what was ignored on the way (for a visible warning, never an exception)."""

    weights: GapWeights = DEFAULT_WEIGHTS
    ignored: tuple[tuple[str, str], ...] = ()  # (factor, raw value) refused and replaced by the default
    all_zero: bool = False  # every weight was zero: the defaults are used instead


def resolve_weights(values: Mapping[str, object]) -> WeightChoice:
    """Factor → raw value (from a link or sliders) to usable weights, falling back instead of failing.

    A bad value keeps that factor's default; if the remaining weights are all zero, every default
    is used. Values are rounded to the sliders' precision so that a link and the page agree.
    """
    kept: dict[str, float] = {}
    ignored: list[tuple[str, str]] = []
    for name, raw in values.items():
        try:
            kept[name] = round(check_weight(name, raw), WEIGHT_DECIMALS)
        except WeightsError:
            ignored.append((name, str(raw)))
    try:
        weights = with_weights(kept)
    except WeightsError:
        return WeightChoice(DEFAULT_WEIGHTS, tuple(ignored), all_zero=True)
    return WeightChoice(weights, tuple(ignored))


def weights_from_query(params: Mapping[str, str]) -> WeightChoice:
    """Weights from link parameters `w_<factor>`; other parameters are not this function's business.

    An unknown `w_…` name is reported as ignored too, so a mistyped link is visible on the page.
    """
    raw = {key[len(QUERY_PREFIX) :]: value for key, value in params.items() if key.startswith(QUERY_PREFIX)}
    return resolve_weights(raw)
