"""Strings of the app shell, the map page and the sources page."""

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("Atlas de Kédougou", "Kédougou Atlas"),
    "app.tagline": ("Orpaillage et risque de traite — région de Kédougou (Sénégal)",
                    "Gold mining and trafficking risk — Kédougou region (Senegal)"),
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
}
