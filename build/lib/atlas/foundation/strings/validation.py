"""Why a layer file was refused (atlas/layers/validate.py, atlas/layers/imports.py), in French and English.

Each message names the problem and, where it helps, what to do about it; the file name comes first
through `refuse.message`.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "refuse.message": ("{source} : {problem}", "{source}: {problem}"),
    "refuse.not_found": ("fichier introuvable", "file not found"),
    "refuse.too_large": ("fichier plus grand que la limite de {limit} Mo", "file is larger than the {limit} MB limit"),
    "refuse.empty_file": ("fichier vide", "file is empty"),
    "refuse.unreadable": (
        "ni un GeoJSON, ni un GeoPackage, ni un shapefile zippé lisible ({detail})",
        "not a readable GeoJSON, GeoPackage or zipped shapefile ({detail})",
    ),
    "refuse.no_features": ("ne contient aucun objet", "contains no features"),
    "refuse.missing_columns": (
        "colonne(s) obligatoire(s) absente(s) : {columns}",
        "missing required column(s): {columns}",
    ),
    "refuse.empty_geometry": (
        "géométrie vide ou absente pour l'objet ou les objets {rows}",
        "empty or missing geometry in feature(s) {rows}",
    ),
    "refuse.geometry_type": (
        "géométrie de type {found} pour l'objet ou les objets {rows} ; cette couche n'accepte que {expected}",
        "geometry type {found} in feature(s) {rows}; this layer takes {expected}",
    ),
    "refuse.invalid_geometry": (
        "géométrie invalide pour l'objet ou les objets {rows} ({detail})",
        "invalid geometry in feature(s) {rows} ({detail})",
    ),
    "refuse.no_crs": (
        "aucun système de coordonnées (un shapefile sans son .prj ?) ; EPSG:4326 attendu",
        "no coordinate reference system (a shapefile without its .prj?); expected EPSG:4326",
    ),
    "refuse.wrong_crs": (
        "le système de coordonnées est {crs} ; EPSG:4326 attendu (degrés WGS 84)",
        "coordinate reference system is {crs}; expected EPSG:4326 (WGS 84 degrees)",
    ),
    "refuse.not_finite": ("des coordonnées sont NaN ou infinies", "coordinates contain NaN or infinite values"),
    "refuse.projected": (
        "les coordonnées semblent projetées (en mètres, p. ex. UTM) mais sont déclarées en "
        "degrés EPSG:4326 ; reprojetez en EPSG:4326",
        "coordinates look projected (metres, e.g. UTM) but are labelled as EPSG:4326 degrees; reproject to EPSG:4326",
    ),
    "refuse.out_of_range": (
        "coordonnées hors limites (longitude au-delà de ±180 ou latitude au-delà de ±90)",
        "coordinates out of range (longitude beyond ±180 or latitude beyond ±90)",
    ),
    "refuse.swapped": (
        "les coordonnées semblent inversées (latitude, longitude) ; le GeoJSON veut la longitude d'abord",
        "coordinates look swapped (latitude, longitude); GeoJSON needs longitude first",
    ),
    "refuse.outside_window": (
        "{n} coordonnée(s) hors de la fenêtre de l'atlas de Kédougou {window} (première : {first})",
        "{n} coordinate(s) outside the Kédougou atlas window {window} (first: {first})",
    ),
    "refuse.incidents": (
        "les données d'incidents n'entrent que par la commande d'agrégation",
        "incident data can only enter through the aggregation command",
    ),
    "refuse.provenance": (
        "indiquez la source et la licence des données avant l'import",
        "state the source and the licence of the data before importing",
    ),
}
