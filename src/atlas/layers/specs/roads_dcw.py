"""Roads: Digital Chart of the World lines (1:1M, 1990s), with the published facts where they match."""

from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="roads_dcw",
    group="context",
    geometry=("LineString", "MultiLineString"),
    required_columns=("ref", "name", "surface", "surface_class", "length_km", "status", "dcw_record"),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "Digital Chart of the World (US Defense Mapping Agency), fichier SEN_roads (dépôt "
            "foxandy/D4D_Senegal) ; noms et revêtements : presse et communications officielles",
            "en": "Digital Chart of the World (US Defense Mapping Agency), SEN_roads file (repository "
            "foxandy/D4D_Senegal); names and surfaces: press and official reporting",
        },
        licence={
            "fr": "Domaine public (œuvre du gouvernement des États-Unis)",
            "en": "Public domain (US Government work)",
        },
        date={"fr": "années 1990 (1:1 000 000)", "en": "1990s (1:1,000,000)"},
        attribution="Digital Chart of the World (US DMA)",
        located={
            "fr": "Tracés au 1:1 000 000 : 1–2 km d'écart possible ; routes construites ou déviées depuis "
            "(travaux de la RN7, pistes minières) absentes ; rien hors du Sénégal. Nom et revêtement repris "
            "de la route publiée suivie à 4 km près, sinon « non précisé ».",
            "en": "1:1,000,000 lines: 1–2 km off is normal; roads built or rerouted since (RN7 works, mine "
            "roads) are missing; nothing outside Senegal. Name and surface taken from the published road it "
            "follows within 4 km, else “not stated”.",
        },
    ),
    style=Style(
        color="#7f8c8d",
        weight=2.5,
        class_field="surface_class",
        classes={"paved": "#c0392b", "unpaved": "#e67e22", "unknown": "#7f8c8d"},
    ),
    tooltip_field="name",
    popup_fields=("name", "ref", "surface", "surface_class", "length_km", "status", "dcw_record"),
    filename="roads_dcw.geojson",
    default_on=True,
    order=21,
)
