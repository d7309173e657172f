"""The outreach page's vehicle switch (streamlit AppTest): it replans, states the vehicle and keeps it in the URL."""

from __future__ import annotations

from atlas.features.outreach.analysis.gazetteer import resolve_stop


def _summary(at) -> str:
    return " ".join(s.value for s in at.success)


def test_the_vehicle_switch_replans_states_the_vehicle_and_writes_it_to_the_url(open_page):
    at = open_page("app_pages/outreach.py", "en")
    at.multiselect(key="outreach_stops").set_value([resolve_stop(n) for n in ("Ethiolo", "Oubadji")])
    at.radio(key="outreach_season").set_value("rainy")
    at.radio(key="outreach_vehicle").set_value("motorbike").run()
    assert not at.exception, [e.value for e in at.exception]
    by_bike = _summary(at)
    assert by_bike.startswith("Vehicle: Motorbike")
    assert at.query_params["vehicle"] in ("motorbike", ["motorbike"])
    at.radio(key="outreach_vehicle").set_value("4x4").run()
    by_car = _summary(at)
    assert by_car.startswith("Vehicle: 4x4") and by_car.replace("4x4", "") != by_bike.replace("Motorbike", "")
    assert at.query_params["vehicle"] in ("4x4", ["4x4"])
    shown = [df.value for df in at.dataframe]
    params = next(frame for frame in shown if "Parameter" in frame.columns)
    assert "Motorbike: track speed, rainy (km/h)" in set(params["Parameter"])
    legs = next(frame for frame in shown if "From" in frame.columns)
    assert "Vehicle" not in legs.columns and "vehicle" not in legs.columns


def test_the_vehicle_switch_is_translated(open_page):
    at = open_page("app_pages/outreach.py", "fr")
    radio = at.radio(key="outreach_vehicle")
    assert radio.label == "Véhicule" and radio.value == "4x4"
    assert radio.options == ["4x4", "Moto"]


def test_the_pdf_itinerary_button_sits_with_the_other_downloads_in_both_languages(open_page):
    for lang, label in (("fr", "Itinéraire (PDF)"), ("en", "Itinerary (PDF)")):
        at = open_page("app_pages/outreach.py", lang)
        at.multiselect(key="outreach_stops").set_value([resolve_stop(n) for n in ("Saraya", "Mako")]).run()
        assert not at.exception, [e.value for e in at.exception]
        keys = [b.key for b in at.download_button]
        assert keys[-2:] == ["outreach_dl_itinerary", "outreach_dl_pdf"]  # next to the HTML itinerary
        assert at.download_button(key="outreach_dl_pdf").label == label
