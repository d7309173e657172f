"""Company concessions and permits: perimeters where published, points with stated area where not."""

from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="concessions",
    group="mining",
    geometry=("Polygon", "MultiPolygon", "Point"),
    required_columns=("name", "holder", "title_type", "act", "stated_area", "perimeter", "location_basis", "source"),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "Journal officiel du Sénégal (décrets et arrêtés) ; Land Matrix et rapports des sociétés pour "
            "les titres sans périmètre",
            "en": "Journal officiel du Sénégal (decrees and orders); Land Matrix and company reports for "
            "point-only titles",
        },
        licence={
            "fr": "Textes légaux publics ; les coordonnées sont des faits",
            "en": "Public legal texts; coordinates are facts",
        },
        date={"fr": "2007–2017 (actes)", "en": "2007–2017 (acts)"},
        attribution="Journal officiel de la République du Sénégal",
        located={
            "fr": "5 périmètres transcrits des actes (UTM 28N → WGS84) ; 4 titres sans périmètre "
            "publié : point et surface déclarée. Preuve de concept : le cadastre minier fait foi.",
            "en": "5 perimeters transcribed from the acts (UTM 28N → WGS84); 4 titles without a "
            "published perimeter: point and stated area. Proof of concept: the mining "
            "cadastre is authoritative.",
        },
    ),
    style=Style(color="#b7950b", weight=2, fill_color="#f9e79f", fill_opacity=0.45, radius=9, dash_array="4 3"),
    tooltip_field="name",
    popup_fields=("name", "holder", "title_type", "act", "stated_area", "perimeter", "source"),
    filename="concessions.geojson",
    default_on=True,
    order=30,
    symbol="diamond",  # a point-only title is a hollow diamond above the site markers, clickable on its outline
)
