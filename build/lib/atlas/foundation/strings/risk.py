"""Strings of the risk page and the incident heat layer (keys start with "risk.")."""

STRINGS: dict[str, tuple[str, str]] = {
    "risk.title": ("Risque : incidents agrégés", "Risk: aggregated incidents"),
    "risk.intro": (
        "Incidents de traite et d'exploitation comptés par hexagone (≈ 253 km²), département et "
        "région, par trimestre ou année. Aucun incident individuel n'est publié.",
        "Trafficking and exploitation incidents counted per hexagon (≈ 253 km²), department and "
        "region, per quarter or year. No individual incident is ever published.",
    ),
    "risk.period": ("Période", "Period"),
    "risk.category": ("Catégorie", "Category"),
    "risk.period.quarter": ("{year} T{quarter}", "{year} Q{quarter}"),
    "risk.period.year": ("Année {year}", "Year {year}"),
    "risk.category.all": ("Toutes catégories", "All categories"),
    "risk.category.sexual_exploitation": ("Exploitation sexuelle", "Sexual exploitation"),
    "risk.category.trafficking_recruitment": ("Recrutement pour la traite", "Trafficking recruitment"),
    "risk.category.forced_labour": ("Travail forcé", "Forced labour"),
    "risk.category.other": ("Autre", "Other"),
    "risk.class.masked": ("n.p. (masqué)", "n.p. (withheld)"),
    "risk.totals": ("Totaux publiés : départements et région", "Published totals: departments and region"),
    "risk.trend": ("Tendance par trimestre (valeurs publiées)", "Trend by quarter (published values)"),
    "risk.trend.note": (
        "Les trimestres sous le seuil ou masqués n'ont pas de point.",
        "Quarters below the threshold or withheld have no point.",
    ),
    "risk.trend.axis": ("Incidents publiés (arrondis)", "Published incidents (rounded)"),
    "risk.col.unit": ("Unité", "Unit"),
    "risk.col.level": ("Niveau", "Level"),
    "risk.col.department": ("Département", "Department"),
    "risk.col.published": ("Valeur publiée", "Published value"),
    "risk.col.class": ("Classe", "Class"),
    "risk.level.department": ("Département", "Department"),
    "risk.level.region": ("Région", "Region"),
    "risk.region_name": ("Région de Kédougou", "Kédougou region"),
    "risk.map.layer": ("Incidents agrégés (hexagones)", "Aggregated incidents (hexagons)"),
    "risk.map.title": ("Incidents · {period} · {category}", "Incidents · {period} · {category}"),
    "risk.map.synthetic": ("DONNÉES SYNTHÉTIQUES (fictives)", "SYNTHETIC DATA (made up)"),
    "risk.map.synthetic_short": ("synthétique", "synthetic"),
    "risk.note.title": ("Protection des victimes (méthode)", "Protecting victims (method)"),
    "risk.note.synthetic": (
        "Ces données sont SYNTHÉTIQUES : générées pour la démonstration, elles ne décrivent aucun incident réel.",
        "These data are SYNTHETIC: generated for demonstration, they describe no real incident.",
    ),
    "risk.note.k": (
        "Toute valeur inférieure à {k} (zéro compris) est affichée « < {k} ».",
        'Any value below {k} (zero included) is shown as "< {k}".',
    ),
    "risk.note.rounding": (
        "Les valeurs publiées sont arrondies à l'inférieur au multiple de {base}.",
        "Published values are rounded down to a multiple of {base}.",
    ),
    "risk.note.masked": (
        "« n.p. » : valeur masquée pour qu'aucune soustraction (total moins détails, année "
        "moins trimestres, toutes catégories moins une) ne révèle une petite valeur.",
        '"n.p.": value withheld so that no subtraction (total minus parts, year minus '
        "quarters, all categories minus one) reveals a small value.",
    ),
    "risk.note.noise_none": (
        "Aucun bruit ajouté (pas de confidentialité différentielle).",
        "No noise added (no differential privacy).",
    ),
    "risk.note.noise_eps": (
        "Bruit de confidentialité différentielle ajouté avant arrondi (OpenDP, ε = {eps}).",
        "Differential-privacy noise added before rounding (OpenDP, ε = {eps}).",
    ),
    "risk.note.grid": (
        "Unités : hexagones H3 de résolution 5, départements de Kédougou et Saraya, région ; "
        "trimestres et années civils.",
        "Units: H3 resolution-5 hexagons, Kédougou and Saraya departments, region; calendar quarters and years.",
    ),
    "risk.source": (
        "Source : {source} · licence : {licence} · publication « {name} » du {created}.",
        'Source: {source} · licence: {licence} · release "{name}" of {created}.',
    ),
    "risk.no_release": (
        "Aucune publication d'incidents n'est disponible (dossier src/atlas/data/incidents vide ou "
        "refusé par l'audit).",
        "No incident release is available (src/atlas/data/incidents empty or refused by the audit).",
    ),
    # comparison of two periods (atlas/features/risk/analysis/compare.py)
    "risk.compare": ("Comparer avec", "Compare with"),
    "risk.compare.none": ("— aucune comparaison —", "— no comparison —"),
    "risk.compare.same_kind": (
        "Seules les périodes de même type sont proposées à la comparaison : un trimestre "
        "avec un trimestre, une année avec une année.",
        "Only periods of the same kind are offered for comparison: a quarter with a quarter, a year with a year.",
    ),
    "risk.compare.title": ("Comparaison des totaux publiés", "Comparison of published totals"),
    "risk.compare.change": ("Variation ({b} − {a})", "Change ({b} − {a})"),
    "risk.compare.pair": ("{a} et {b}", "{a} and {b}"),
    "risk.compare.note.dash": (
        "— : variation non calculée, car l'une des deux valeurs n'est pas publiée "
        "(« < {k} » ou « n.p. ») ; aucun chiffre ni ordre de grandeur n'est alors donné, "
        "pour ne révéler aucune petite valeur.",
        "—: change not computed because one of the two values is not published "
        '("< {k}" or "n.p."); no number or bound is given then, so that no small '
        "value is revealed.",
    ),
    "risk.compare.note.rounding": (
        "Variation = différence des valeurs publiées. Celles-ci étant arrondies à "
        "l'inférieur au multiple de {base}, la variation réelle peut s'en écarter "
        "de moins de {base}.",
        "Change = difference of the published values. As these are rounded down to "
        "a multiple of {base}, the true change may differ from it by less than {base}.",
    ),
    "risk.compare.note.noise": (
        "Le bruit de confidentialité différentielle ajouté peut l'en écarter davantage.",
        "The differential-privacy noise added may move it further.",
    ),
    "risk.compare.bad_link": (
        "Le lien demandait une période de comparaison inconnue ou d'un autre type "
        "(trimestre ou année) ; comparaison ignorée.",
        "The link asked for an unknown comparison period, or one of another kind "
        "(quarter or year); comparison ignored.",
    ),
    # one-page brief of the risk page (atlas/features/risk/reports/brief.py)
    "risk.brief.button": ("Note de synthèse (PDF)", "One-page brief (PDF)"),
    "risk.brief.help": (
        "Carte des hexagones, totaux publiés et note de méthode sur une page A4, à diffuser. Créée au clic.",
        "Hexagon map, published totals and method note on one A4 page, to circulate. Made when clicked.",
    ),
    "risk.brief.title": ("Atlas de Kédougou — incidents agrégés", "Kédougou Atlas — aggregated incidents"),
    "risk.brief.totals": ("Totaux publiés ({period})", "Published totals ({period})"),
    "risk.bad_link": (
        "Le lien demandait une période ou une catégorie inconnue ; vue par défaut affichée.",
        "The link asked for an unknown period or category; showing the default view.",
    ),
}

# The wording the ingest command writes into a release (shown translated by Release.credit).
STRINGS.update(
    {
        "release.source.synthetic": (
            "Incidents SYNTHÉTIQUES générés par `atlas risk synth` (graine fixe, fictifs)",
            "SYNTHETIC incidents generated by `atlas risk synth` (seeded, made up)",
        ),
        "release.source.partner": (
            "Fiches d'incidents des partenaires, agrégées par `atlas risk ingest`",
            "Partner incident records, aggregated by `atlas risk ingest`",
        ),
        "release.licence.synthetic": ("CC0 (synthétique)", "CC0 (synthetic)"),
        "release.licence.partner": (
            "Diffusion restreinte : agrégats seulement, voir les notes de publication",
            "Restricted: aggregates only, see release notes",
        ),
    }
)
