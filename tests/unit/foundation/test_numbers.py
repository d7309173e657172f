"""Numbers in the page's locale (issue 12): decimal comma and narrow no-break space in French."""

from __future__ import annotations

from atlas.foundation.numbers import decimal_separator, number


def test_french_numbers_use_a_decimal_comma_and_narrow_spaces():
    assert number(1234.5, "fr") == "1\u202f234,5"
    assert number(0.3, "fr") == "0,3"
    assert number(3, "fr", 1) == "3,0"
    assert decimal_separator("fr") == ","


def test_english_numbers_use_a_point_and_commas():
    assert number(1234.5, "en") == "1,234.5"
    assert number(2.345, "en", 1) == "2.3"
    assert decimal_separator("en") == "."


def test_missing_values_are_a_dash_never_a_number():
    assert number(None, "fr") == number(float("nan"), "en") == "—"
