"""Strings of the app shell, the map page and the sources page."""

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("Atlas de Kédougou", "Kédougou Atlas"),
    "app.tagline": (
        "Orpaillage et risque de traite — région de Kédougou (Sénégal)",
        "Gold mining and trafficking risk — Kédougou region (Senegal)",
    ),
    "app.language": ("Langue", "Language"),
    "page.map": ("Carte", "Map"),
    "page.sources": ("Sources & méthode", "Sources & method"),
    "page.risk": ("Risque (incidents agrégés)", "Risk (aggregated incidents)"),
    "page.outreach": ("Tournées de terrain", "Outreach routes"),
    "page.csr": ("Lacunes RSE", "CSR gaps"),
    "group.context": ("Contexte", "Context"),
    "group.mining": ("Mines", "Mining"),
    "group.protection": ("Protection", "Protection"),
    "group.risk": ("Risque", "Risk"),
    "dept.all": ("Tous les départements", "All departments"),
    "dept.label": ("Département", "Department"),
    "common.choose": ("Choisir…", "Choose…"),
}

STRINGS.update(
    {
        "map.subtitle": (
            "Sites d'orpaillage, titres miniers, services de protection, villages frontaliers et "
            "risque agrégé — fonctionne sans internet.",
            "Gold-panning sites, mining titles, protection services, border villages and aggregated "
            "risk — works without internet.",
        ),
        "map.online_tiles": ("Fond OpenStreetMap (en ligne)", "OpenStreetMap background (online)"),
        "map.online_tiles_help": (
            "Nécessite internet ; sans connexion, la carte garde ses propres couches.",
            "Needs internet; offline, the map keeps its own atlas.layers.",
        ),
        "map.layer_error": ("Couche refusée — {problem}", "Layer refused — {problem}"),
        "map.synthetic_onmap": ("Données SYNTHÉTIQUES affichées (illustration)", "SYNTHETIC data shown (illustration)"),
        "map.synthetic_notice": (
            "« {layer} » : données synthétiques, à titre d'illustration seulement. Aucune donnée "
            "publique n'existe ; importez les données réelles par la page Sources & méthode.",
            "“{layer}”: synthetic data, for illustration only. No public data exist; import the "
            "real data from the Sources & method page.",
        ),
        "map.schematic_roads": (
            "« Routes publiées » est SCHÉMATIQUE (lignes droites entre localités), pas le tracé réel.",
            "“Published roads” is SCHEMATIC (straight lines between towns), not the real alignment.",
        ),
        "map.dcw_roads": (
            "Routes : Digital Chart of the World (années 1990, 1:1 000 000), à 1–2 km près ; les routes "
            "récentes manquent.",
            "Roads: Digital Chart of the World (1990s, 1:1,000,000), 1–2 km off at places; recent roads are missing.",
        ),
        "map.legend": ("Légende", "Legend"),
        "map.synthetic_tag": ("synthétique", "synthetic"),
        "map.features_drawn": ("{n} objets affichés", "{n} features drawn"),
        "map.features_later": (
            "+ {n} villages affichés en zoomant (zoom 10–11 et plus)",
            "+ {n} villages shown when zoomed in (zoom 10–11 and closer)",
        ),
        "map.share": ("Lien de cette vue", "Link to this view"),
        "map.share_help": (
            "L'adresse de la page garde les couches, le département, la langue et la vue : copiez-la "
            "pour partager exactement cette carte.",
            "The page address keeps the layers, department, language and view: copy it to share exactly this map.",
        ),
        "details.title": ("Détails de l'objet", "Feature details"),
        "details.hint": (
            "Cliquez un objet de la carte pour voir ses détails et sa source.",
            "Click a feature on the map to see its details and source.",
        ),
        "details.field": ("Champ", "Field"),
        "details.value": ("Valeur", "Value"),
        "fig.department": ("Département", "Department"),
        "fig.mining_sites": ("Sites miniers", "Mining sites"),
        "fig.artisanal_sites": ("dont orpaillage", "of which artisanal"),
        "fig.concessions": ("Titres miniers", "Mining titles"),
        "fig.border_villages": ("Villages frontaliers", "Border villages"),
        "fig.crossings": ("Points de passage", "Crossings"),
        "fig.shelters": ("Refuges", "Shelters"),
        "fig.zones_with_service": ("Zones avec service", "Zones with a service"),
        "fig.zones": ("Zones communales", "Commune zones"),
        "fig.by_department": ("Chiffres par département", "Figures by department"),
        "sources.licence": ("Licence", "Licence"),
        "sources.date": ("Date", "Date"),
        "sources.located": ("Localisation", "How located"),
    }
)

STRINGS.update(
    {
        "brief.map.button": ("Note de synthèse (PDF)", "One-page brief (PDF)"),
        "brief.map.help": (
            "Carte de la vue actuelle, chiffres clés et note de méthode sur une page, à diffuser.",
            "Map of the current view, key figures and method note on one page, to circulate.",
        ),
        "brief.map.title": ("Atlas de Kédougou — note de synthèse", "Kédougou Atlas — brief"),
        "brief.map.subtitle": ("Vue : {area}", "View: {area}"),
        "brief.map.caveat_positions": (
            "Plusieurs sites miniers sont placés sur le village voisin (pas le puits) ; les zones communales sont "
            "approximatives ; la limite Kédougou–Saraya est approximative.",
            "Several mining sites are placed on the nearby village (not the pit); commune zones are approximate; "
            "the Kédougou–Saraya line is approximate.",
        ),
    }
)
