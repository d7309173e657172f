"""Provenance strings several layers share (written once here, not in each module)."""

WOF_GEONAMES_LICENCE = "CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First"
WOF_ATTRIBUTION = {
    "fr": "Données Who's On First · GeoNames (CC BY 4.0)",
    "en": "Data from Who's On First · GeoNames (CC BY 4.0)",
}
WOF_BOUNDARIES = {
    "fr": "Fiches département de Who's On First (Mesoshapes, d'OCHA / Gouvernement du Sénégal)",
    "en": "Who's On First department records (Mesoshapes, from OCHA / Government of Senegal)",
}
GSHHG = {
    "fr": "GSHHG 2.3.7 / WDB-II pleine résolution (P. Wessel & W.H.F. Smith)",
    "en": "GSHHG 2.3.7 / WDB-II full resolution (P. Wessel & W.H.F. Smith)",
}
ZONES_LOCATED = {
    "fr": "Zones communales approximatives : cellules de Voronoï des chefs-lieux de commune, découpées "
    "par département (aucune limite communale officielle publique).",
    "en": "Approximate commune zones: Voronoi cells of the commune seats clipped to departments "
    "(no public official commune boundaries).",
}
