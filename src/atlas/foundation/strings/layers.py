"""Layer titles, by layer id (the legend, the toggles, the sources table and the briefs use them)."""

STRINGS: dict[str, tuple[str, str]] = {
    "layer.bajenu_gox": ("Couverture Bajenu Gox (illustrative)", "Bajenu Gox coverage (illustrative)"),
    "layer.border_villages": ("Villages frontaliers (≤ 15 km)", "Border villages (≤ 15 km)"),
    "layer.concessions": ("Concessions et permis miniers", "Mining concessions and permits"),
    "layer.countries": ("Pays", "Countries"),
    "layer.crossings": ("Points de passage frontaliers", "Border crossings"),
    "layer.departments": ("Départements", "Departments"),
    "layer.incidents_heat": (
        "Incidents agrégés (hexagones, synthétique)",
        "Aggregated incidents (hexagons, synthetic)",
    ),
    "layer.mining_sites": ("Sites miniers et d'orpaillage", "Mining and gold-panning sites"),
    "layer.places": ("Localités", "Places"),
    "layer.region": ("Région de Kédougou", "Kédougou region"),
    "layer.rivers": ("Cours d'eau", "Rivers"),
    "layer.roads": ("Routes publiées (schématiques)", "Published roads (schematic)"),
    "layer.roads_dcw": ("Routes (Digital Chart of the World)", "Roads (Digital Chart of the World)"),
    "layer.arrondissements": (
        "Arrondissements : part des unités d'orpaillage (ANSD 2018)",
        "Arrondissements: share of gold-panning units (ANSD 2018)",
    ),
    "layer.facilities": ("Santé, police, douane (OpenStreetMap)", "Health, police, customs (OpenStreetMap)"),
    "layer.services_areas": ("Refuges et services (par zone)", "Shelters and services (by area)"),
}
