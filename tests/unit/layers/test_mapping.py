"""Headers → columns: French and English synonyms, catalog labels, Kobo/ODK prefixes and meta columns, profiles."""

from __future__ import annotations

import pytest

from atlas.foundation.i18n import t
from atlas.layers import profiles
from atlas.layers.mapping import ProfileError, from_profile, is_meta, propose, to_profile, with_choice
from atlas.layers.registry import get_layer
from tests.helpers import partner_files as pf


def test_kobo_export_maps_through_group_prefixes_and_skips_meta():
    spec = get_layer("bajenu_gox")
    mapping = propose("bajenu_gox", pf.KOBO_HEADERS, spec.required_columns)
    assert mapping.columns == {
        "group_relais/village": "locality",
        "group_relais/commune": "commune",
        "_geolocation": "geopoint",
    }
    assert all(is_meta(h) for h in ("_id", "_uuid", "_submission_time", "__version__", "start", "KEY"))


def test_odk_gps_parts_and_dash_prefixes():
    mapping = propose("mining_sites", pf.ODK_HEADERS, get_layer("mining_sites").required_columns)
    assert mapping.columns == {
        "site-nom": "name",
        "site-type": "kind",
        "site-gps-Latitude": "latitude",
        "site-gps-Longitude": "longitude",
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_filled_template_maps_with_no_edit(lang):
    spec = get_layer("services_areas")
    headers = [t(f"field.{c}", lang) for c in spec.required_columns]
    mapping = propose("services_areas", headers, spec.required_columns)
    assert mapping.columns == dict(zip(headers, spec.required_columns, strict=True))


def test_short_coordinate_names_and_one_header_per_target():
    mapping = propose("crossings", ["Y", "X", "lat", "Nom", "name"], get_layer("crossings").required_columns)
    assert mapping.columns == {"Y": "latitude", "X": "longitude", "Nom": "name"}
    changed = with_choice(mapping, "lat", "latitude")
    assert changed.columns == {"X": "longitude", "Nom": "name", "lat": "latitude"}
    assert with_choice(changed, "Nom", None).columns == {"X": "longitude", "lat": "latitude"}


def test_profiles_round_trip_and_refuse_what_does_not_fit(tmp_path):
    allowed = ("latitude", "longitude", "geopoint", "locality", *get_layer("bajenu_gox").required_columns)
    mapping = propose("bajenu_gox", pf.KOBO_HEADERS, get_layer("bajenu_gox").required_columns)
    text = to_profile(mapping, "Kobo relais")
    assert from_profile(text, "bajenu_gox", allowed) == mapping
    with pytest.raises(ProfileError, match="profile_layer"):
        from_profile(text, "services_areas", allowed)
    with pytest.raises(ProfileError, match="profile_target"):
        from_profile(text.replace('"commune"', '"password"'), "bajenu_gox", allowed)
    with pytest.raises(ProfileError, match="profile_unreadable"):
        from_profile(b"\xff not json", "bajenu_gox", allowed)
    path = profiles.save("Awa Diallo", "Kobo relais / mars", mapping)
    assert path.parent.name == "bajenu-gox" and path.parent.parent.name == "awa-diallo"
    assert profiles.names("Awa Diallo", "bajenu_gox") == ["kobo-relais-mars"]
    assert profiles.load("Awa Diallo", "bajenu_gox", "kobo-relais-mars", allowed) == mapping
    with pytest.raises(ValueError):
        profiles.save("Awa", "../..", mapping)
