"""Arrondissements, coloured by the ANSD 2018 share of the region's gold-extraction units."""

from atlas.layers.spec import LabelRule, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="arrondissements",
    group="mining",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=(
        "name",
        "department",
        "communes",
        "area_km2",
        "ansd2018_share_pct",
        "ansd2018_units_est",
        "share_class",
    ),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "geoBoundaries gbOpen SEN ADM3 (Gouvernement du Sénégal / OCHA ROWCA, 2019) ; parts : ANSD, "
            "Étude monographique sur l'orpaillage (2018), via allAfrica",
            "en": "geoBoundaries gbOpen SEN ADM3 (Government of Senegal / OCHA ROWCA, 2019); shares: ANSD, "
            "Étude monographique sur l'orpaillage (2018), via allAfrica",
        },
        licence={"fr": "CC BY 3.0 IGO (limites) ; faits (ANSD)", "en": "CC BY 3.0 IGO (boundaries); facts (ANSD)"},
        date={"fr": "limites 2019 ; enquête ANSD 2017–2018", "en": "boundaries 2019; ANSD survey 2017–2018"},
        attribution="geoBoundaries (CC BY 3.0 IGO) · ANSD via allAfrica",
        located={
            "fr": "Limites simplifiées, même jeu OCHA que les départements (ligne Kédougou–Saraya approximative). "
            "Part = somme des parts communales publiées (une décimale, ± 3 unités par commune) des 6 272 unités "
            "d'extraction : des unités de production, pas des personnes, des sites ni de l'or produit.",
            "en": "Simplified boundaries, same OCHA set as the departments (Kédougou–Saraya line approximate). "
            "Share = sum of the published commune shares (one decimal, ± 3 units per commune) of the 6,272 "
            "extraction units: production units, not people, sites or gold output.",
        },
    ),
    style=Style(
        color="#6c3483",
        weight=1,
        fill_color="#f5eef8",
        fill_opacity=0.35,
        dash_array="6 4",
        class_field="share_class",
        classes={"0": "#f5eef8", "lt15": "#d7bde2", "15to30": "#a569bd", "ge30": "#6c3483"},
    ),
    tooltip_field="name",
    popup_fields=("name", "department", "communes", "ansd2018_share_pct", "ansd2018_units_est", "area_km2"),
    filename="arrondissements.geojson",
    default_on=False,
    department_field="department",
    order=4,
    labels=LabelRule(field="name", kind="admin2", min_zoom=9),
)
