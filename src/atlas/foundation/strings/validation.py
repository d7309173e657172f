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
    "refuse.format": (
        "format refusé : seuls GeoJSON, GeoPackage et shapefile zippé sont acceptés (reconnus par leur contenu)",
        "format refused: only GeoJSON, GeoPackage and zipped shapefile are accepted (recognised by their content)",
    ),
    "refuse.not_feature_collection": (
        "ce JSON n'est pas une FeatureCollection GeoJSON",
        "this JSON is not a GeoJSON FeatureCollection",
    ),
    "refuse.bad_feature": ("l'objet {row} n'est pas un Feature GeoJSON", "feature {row} is not a GeoJSON Feature"),
    "refuse.bad_geometry": (
        "géométrie de l'objet {row} illisible ou de type inconnu ({found})",
        "geometry of feature {row} is unreadable or of an unknown type ({found})",
    ),
    "refuse.too_deep": (
        "imbrication JSON trop profonde (plus de {limit} niveaux)",
        "JSON nested too deeply (more than {limit} levels)",
    ),
    "refuse.too_many_features": (
        "{n} objets : plus que la limite de {limit}",
        "{n} features: more than the {limit} limit",
    ),
    "refuse.too_many_vertices": (
        "plus de {limit} sommets : simplifiez les géométries",
        "more than {limit} vertices: simplify the geometries",
    ),
    "refuse.not_gpkg": (
        "base SQLite qui n'est pas un GeoPackage (application_id)",
        "SQLite database that is not a GeoPackage (application_id)",
    ),
    "refuse.gpkg_layers": (
        "ce GeoPackage contient plusieurs couches ({layers}) : choisissez-en une",
        "this GeoPackage holds several layers ({layers}): choose one",
    ),
    "refuse.gpkg_no_layer": (
        "ce GeoPackage n'a pas de couche « {layer} » (couches : {layers})",
        "this GeoPackage has no layer '{layer}' (layers: {layers})",
    ),
    "refuse.zip_too_large": (
        "le zip décompressé dépasserait la limite de {limit} Mo",
        "the zip would exceed the {limit} MB limit once uncompressed",
    ),
    "refuse.zip_contents": (
        "contenu du zip refusé ({found}) : un seul jeu .shp/.shx/.dbf/.prj attendu",
        "zip contents refused ({found}): exactly one .shp/.shx/.dbf/.prj set expected",
    ),
    "refuse.zip_parts": (
        "le zip ne contient pas de shapefile complet (manque : {missing})",
        "the zip holds no complete shapefile (missing: {missing})",
    ),
    "refuse.ambiguous_field": (
        "le champ de shapefile « {field} » (tronqué à 10 caractères) peut être {columns} : utilisez un GeoPackage",
        "shapefile field '{field}' (cut to 10 characters) could be {columns}: use a GeoPackage",
    ),
    "refuse.missing_value": (
        "valeur manquante dans la colonne « {column} » pour l'objet ou les objets {rows}",
        "missing value in column '{column}' in feature(s) {rows}",
    ),
    "refuse.bad_value": (
        "valeur « {value} » de la colonne « {column} » refusée pour l'objet ou les objets {rows} ; "
        "attendu : {expected}",
        "value '{value}' in column '{column}' refused in feature(s) {rows}; expected: {expected}",
    ),
    "refuse.out_of_bounds": (
        "valeur {value} de la colonne « {column} » hors limites pour l'objet ou les objets {rows} "
        "(min {minimum}, max {maximum})",
        "value {value} in column '{column}' out of bounds in feature(s) {rows} (min {minimum}, max {maximum})",
    ),
    "refuse.area_too_small": (
        "zone confidentielle trop petite ({area} km² pour l'objet {rows}) : au moins {minimum} km² ou une zone "
        "communale, jamais l'emplacement d'un refuge",
        "confidential area too small ({area} km² in feature {rows}): at least {minimum} km² or a commune zone, "
        "never a shelter's location",
    ),
}
