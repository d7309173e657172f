"""Places by name: accents, case, hyphens, alt names and the variants file; homonyms and unknowns never guessed."""

from __future__ import annotations

import pytest

from atlas.layers import placematch


@pytest.fixture(scope="module")
def gazetteer():
    return placematch.current()


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Kedougou", "Kédougou"),
        ("KÉDOUGOU", "Kédougou"),
        ("Dindefello", "Dindéfélo"),
        ("dindefelo", "Dindéfélo"),
        ("Karakaéné", "Kharakhéna"),
        ("Karakhena", "Kharakhéna"),
        ("Dar-Salam", "Dar Salam"),
        ("  bembou ", "Bembou"),
    ],
)
def test_variants_resolve_to_one_place(gazetteer, typed, name):
    match = gazetteer.lookup(typed)
    assert match.status == "found" and match.place is not None and match.place.name == name


def test_two_moussalas_are_ambiguous_with_hints_and_a_commune_narrows(gazetteer):
    match = gazetteer.lookup("Moussala")
    assert match.status == "ambiguous" and match.place is None
    assert {p.id for p in match.candidates} == {"1326635101", "1259984449"}
    assert all(p.department == "Saraya" and p.hint() for p in match.candidates)
    communes = {p.id: p.commune for p in match.candidates}
    narrowed = gazetteer.lookup("Moussala", commune=communes["1326635101"])
    assert narrowed.status == "found" and narrowed.place.id == "1326635101"


def test_the_curated_homonym_is_preferred_and_says_so(gazetteer):
    match = gazetteer.lookup("Kédougou")
    assert match.place.kind == "regional_capital" and match.note == "preferred" and len(match.candidates) == 2


def test_unknown_names_get_suggestions_not_a_guess(gazetteer):
    match = gazetteer.lookup("Bantakokouta Inconnu")
    assert match.status == "unknown" and match.place is None
    assert gazetteer.lookup("Nulle-Part").status == "unknown"


def test_variants_are_data():
    variants = placematch.read_variants()
    assert variants["Dindefelo"] == "Dindéfélo" and variants["Karakaéné"] == "Kharakhéna"
