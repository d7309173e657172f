"""Strings of the Sources & méthode page, the method notes and the import form."""

STRINGS: dict[str, tuple[str, str]] = {
    "sources.intro": (
        "Chaque couche indique sa source, sa licence, sa date et la façon dont chaque objet a été localisé. "
        "Ce tableau est produit à partir du registre des couches : il ne peut pas diverger de la carte.",
        "Every layer states its source, licence, date and how each feature was located. This table is "
        "generated from the layer registry: it cannot drift from the map.",
    ),
    "sources.synthetic_list": (
        "Données SYNTHÉTIQUES (illustratives, aucune donnée publique) : {layers}.",
        "SYNTHETIC data (illustrative, no public data exist): {layers}.",
    ),
    "sources.layer": ("Couche", "Layer"),
    "sources.group": ("Groupe", "Group"),
    "sources.features": ("Objets", "Features"),
    "sources.source": ("Source", "Source"),
    "sources.sensitivity": ("Sensibilité", "Sensitivity"),
    "sources.synthetic": ("Synthétique", "Synthetic"),
    "sources.status": ("État", "Status"),
    "sources.ok": ("chargée et validée", "loaded and validated"),
    "sources.imported_from": (
        "Import « {name} » du {when} — source déclarée : {source}",
        "Import “{name}” of {when} — stated source: {source}",
    ),
    "sources.attribution": ("Crédits : {line}", "Credits: {line}"),
    "sources.method": ("Méthode", "Method"),
    "sensitivity.public": ("publique", "public"),
    "sensitivity.confidential_area": ("confidentielle : zone seulement", "confidential: area only"),
    "sensitivity.aggregate": ("agrégats seulement", "aggregates only"),
    "sensitivity.synthetic": ("synthétique", "synthetic"),
    "common.yes": ("oui", "yes"),
    "common.no": ("non", "no"),
    "method.privacy": (
        "**Incidents.** Aucun cas individuel n'entre dans l'application : les données brutes sont agrégées hors "
        "de l'application (hexagones H3 de résolution 5, départements, région ; trimestres et années). Les cases "
        "sous le seuil k sont masquées (« < k » ; « n.p. » quand une case est masquée pour en protéger une "
        "autre), les valeurs arrondies vers le bas, et un audit refuse toute "
        "publication dont une valeur masquée pourrait être retrouvée par différence.",
        "**Incidents.** No individual case enters the app: raw data are aggregated outside it (H3 resolution-5 "
        "hexagons, departments, region; quarters and years). Cells below the threshold k are suppressed "
        "(“< k”; “n.p.” where a cell is withheld to protect another), values are rounded down, and an audit "
        "refuses any release in which a suppressed value could be recovered by differencing.",
    ),
    "method.services": (
        "**Refuges et services.** Leur emplacement est confidentiel : la carte ne montre que la disponibilité par "
        "zone communale, jamais un point ni une adresse.",
        "**Shelters and services.** Their location is confidential: the map shows availability per commune "
        "zone only, never a point or an address.",
    ),
    "method.zones": (
        "**Zones communales.** Aucune limite communale officielle n'est publique : les zones sont des cellules de "
        "Voronoï autour des chefs-lieux, découpées par arrondissement (geoBoundaries). Elles sont approximatives.",
        "**Commune zones.** No official commune boundaries are public: zones are Voronoi cells around the commune "
        "seats, clipped to arrondissements (geoBoundaries). They are approximate.",
    ),
    "method.border": (
        "**Villages frontaliers.** Localités du Sénégal à 15 km ou moins de la frontière malienne ou guinéenne "
        "(distance en UTM 28N à la frontière Natural Earth 1:10m, ± 1–2 km).",
        "**Border villages.** Places in Senegal within 15 km of the Mali or Guinea border (UTM 28N distance to "
        "the Natural Earth 1:10m boundary, ± 1–2 km).",
    ),
    "method.roads": (
        "**Routes.** Tracés du Digital Chart of the World (1:1 000 000, années 1990 ; 1–2 km d'écart possible, "
        "routes récentes absentes), avec le nom et le revêtement publiés de la route suivie. Les itinéraires les "
        "suivent ; des pistes modélisées relient les villages. Les routes publiées schématiques (lignes droites) "
        "restent une couche optionnelle.",
        "**Roads.** Digital Chart of the World lines (1:1,000,000, 1990s; up to 1–2 km off, recent roads "
        "missing), with the published name and surface of the road they follow. Routes follow them; modelled "
        "tracks link the villages. The schematic published roads (straight lines) remain an optional layer.",
    ),
    "method.data": (
        "**Format.** Les couches sont livrées en GeoJSON (EPSG:4326, 5 décimales) : quelques centaines de Ko, "
        "lus directement par QGIS et par la carte, et lisibles dans un historique git. L'import accepte aussi "
        "GeoPackage et shapefile zippé.",
        "**Format.** Layers ship as GeoJSON (EPSG:4326, 5 decimals): a few hundred KB, read directly by QGIS "
        "and by the map, and readable in git history. Import also accepts GeoPackage and zipped shapefiles.",
    ),
    "import.title": ("Importer des données réelles", "Import real data"),
    "import.intro": (
        "Remplacez une couche livrée par vos données (GeoJSON, GeoPackage ou shapefile zippé, EPSG:4326). Le "
        "fichier est entièrement vérifié avant d'être accepté ; en cas de refus, les données actuelles restent "
        "intactes. Les incidents ne s'importent pas ici : ils passent par la commande d'agrégation.",
        "Replace a shipped layer with your data (GeoJSON, GeoPackage or zipped shapefile, EPSG:4326). The file "
        "is fully checked before it is accepted; if it is refused, the current data stay intact. Incidents are "
        "not imported here: they go through the aggregation command.",
    ),
    "import.layer": ("Couche à remplacer", "Layer to replace"),
    "import.file": ("Fichier", "File"),
    "import.source": ("Source des données (obligatoire)", "Data source (required)"),
    "import.licence": ("Licence (obligatoire)", "Licence (required)"),
    "import.submit": ("Vérifier et importer", "Check and import"),
    "import.no_file": ("Choisissez d'abord un fichier.", "Choose a file first."),
    "import.refused": ("Fichier refusé, rien n'a changé — {problem}", "File refused, nothing changed — {problem}"),
    "import.done": ("{n} objets importés dans « {layer} ».", "{n} features imported into “{layer}”."),
    "import.revert": ("Revenir aux données livrées pour « {layer} »", "Go back to the shipped data for “{layer}”"),
}

# Streamlit's file uploader (see atlas/uploader_texts.py).
STRINGS.update(
    {
        "upload.button": ("Choisir un fichier", "Choose a file"),
        "upload.instructions": (
            "Glissez un fichier ici · {limit} Mo max. · GeoJSON, GeoPackage ou shapefile zippé",
            "Drop a file here · {limit} MB max · GeoJSON, GeoPackage or zipped shapefile",
        ),
    }
)
