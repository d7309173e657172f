"""Strings of the CSR coverage-gap page, its CSV/brief, and the generic one-page brief (brief.*)."""

STRINGS: dict[str, tuple[str, str]] = {
    # generic brief (atlas/common/reports/brief.py)
    "brief.date": ("Date", "Date"),
    "brief.figures": ("Chiffres clés", "Key figures"),
    "brief.table": ("Classement ({n} premiers sur {total})", "Ranking (top {n} of {total})"),
    "brief.method": ("Méthode", "Method"),
    "brief.caveats": ("Limites des données", "Data caveats"),
    "brief.sources": ("Sources", "Sources"),
    "brief.footer": (
        "Atlas de Kédougou — outil hors ligne. Aucune donnée individuelle sur les victimes ; "
        "les refuges ne sont jamais localisés.",
        "Kédougou Atlas — offline tool. No individual victim data; shelters are never located.",
    ),
    # page
    "csr.title": (
        "Lacunes de protection autour des concessions (RSE)",
        "Protection gaps around mining concessions (CSR)",
    ),
    "csr.intro": (
        "Pour une concession et un rayon d'influence : chaque village, camp ou site minier de la zone, "
        "classé selon le manque de services de protection. À intégrer dans la planification RSE.",
        "For one concession and an impact radius: every village, camp or mining site in the zone, "
        "ranked by how much protection is lacking. For CSR planning.",
    ),
    "csr.company": ("Entreprise", "Company"),
    "csr.company.all": ("Toutes les entreprises", "All companies"),
    "csr.concession": ("Concession ou permis", "Concession or permit"),
    "csr.radius": ("Rayon de la zone d'influence (km)", "Impact-zone radius (km)"),
    "csr.season": ("Saison", "Season"),
    "csr.season.dry": ("sèche", "dry"),
    "csr.season.rainy": ("pluies", "rainy"),
    "csr.compare_with": ("Comparer avec", "Compare with"),
    "csr.compare.none": ("— aucune —", "— none —"),
    "csr.compare.title": ("Comparaison de deux concessions", "Two concessions side by side"),
    "csr.compare.figure": ("Indicateur", "Figure"),
    "csr.map": ("Carte de la zone", "Zone map"),
    "csr.map.zone": ("Zone d'influence", "Impact zone"),
    "csr.map.footprint": ("Emprise de la concession", "Concession footprint"),
    "csr.map.members": ("Lieux classés par lacune", "Places ranked by gap"),
    "csr.table": ("Classement des lacunes", "Ranked gaps"),
    "csr.empty": (
        "Aucun lieu ni site du répertoire dans cette zone : augmentez le rayon.",
        "No gazetteer place or site in this zone: increase the radius.",
    ),
    "csr.score": ("Score de lacune : formule et poids", "Gap score: formula and weights"),
    "csr.formula": (
        "lacune = 100 × Σ poidsᵢ × facteurᵢ / Σ poidsᵢ ; chaque facteur vaut entre 0 et 1 (1 = la plus grande lacune).",
        "gap = 100 × Σ weightᵢ × factorᵢ / Σ weightᵢ; each factor lies between 0 and 1 (1 = the biggest gap).",
    ),
    "csr.factor": ("Facteur", "Factor"),
    "csr.weight": ("Poids", "Weight"),
    "csr.scaling": ("Mise à l'échelle", "Scaling"),
    "csr.factor.service_distance": ("Éloignement d'un service", "Distance to a service"),
    "csr.factor.service_distance.how": (
        "distance à vol d'oiseau jusqu'à la ville d'accès du service le plus proche / {km:g} km (plafonné à 1) ; "
        "temps de trajet / {min:g} min quand le réseau de tournées est disponible",
        "straight-line distance to the nearest service's access town / {km:g} km (capped at 1); "
        "travel time / {min:g} min when the outreach network is available",
    ),
    "csr.factor.no_service_in_zone": ("Aucun service dans la zone communale", "No service in the commune zone"),
    "csr.factor.no_service_in_zone.how": (
        "1 si la zone communale du lieu n'a aucun service (ou hors Sénégal)",
        "1 when the place's commune zone has no service (or outside Senegal)",
    ),
    "csr.factor.bajenu_gap": ("Couverture Bajenu Gox manquante", "Missing Bajenu Gox coverage"),
    "csr.factor.bajenu_gap.how": (
        "1 − part des villages couverts par des relais (données SYNTHÉTIQUES)",
        "1 − share of villages covered by relays (SYNTHETIC data)",
    ),
    "csr.factor.risk": ("Risque (incidents publiés)", "Risk (published incidents)"),
    "csr.factor.risk.how": (
        "borne basse de la classe publiée / {risk:g} (« < k » = 0) ; inconnu = {unknown:g}",
        "lower bound of the published class / {risk:g} (“< k” = 0); unknown = {unknown:g}",
    ),
    "csr.factor.border": ("Proximité de la frontière", "Border proximity"),
    "csr.factor.border.how": (
        "1 à moins de 15 km de la frontière malienne ou guinéenne",
        "1 within 15 km of the Mali or Guinea border",
    ),
    "csr.factor.mining": ("Activité minière", "Mining activity"),
    "csr.factor.mining.how": ("1 pour un site minier ou un village minier", "1 for a mining site or mining village"),
    # adjustable weights (expander on the page, method note, link warnings)
    "csr.weights.title": ("Pondérations du score", "Score weights"),
    "csr.weights.intro": (
        "Réglez l'importance de chaque facteur. Seuls les rapports entre poids comptent (le score "
        "divise par leur somme). Le classement, les téléchargements et le lien suivent.",
        "Set how much each factor counts. Only the ratios between weights matter (the score "
        "divides by their sum). The ranking, the downloads and the link follow.",
    ),
    "csr.weights.why.service_distance": (
        "Plus haut : les lieux loin d'un service de protection remontent.",
        "Higher: places far from a protection service move up.",
    ),
    "csr.weights.why.no_service_in_zone": (
        "Plus haut : les lieux dont la zone communale n'a aucun service remontent.",
        "Higher: places whose commune zone has no service move up.",
    ),
    "csr.weights.why.bajenu_gap": (
        "Plus haut : les lieux peu couverts par les relais Bajenu Gox remontent (données synthétiques).",
        "Higher: places with few Bajenu Gox relays move up (synthetic data).",
    ),
    "csr.weights.why.risk": (
        "Plus haut : les lieux aux classes d'incidents publiées élevées remontent.",
        "Higher: places in high published incident classes move up.",
    ),
    "csr.weights.why.border": (
        "Plus haut : les lieux à moins de 15 km du Mali ou de la Guinée remontent.",
        "Higher: places within 15 km of Mali or Guinea move up.",
    ),
    "csr.weights.why.mining": (
        "Plus haut : les sites et villages miniers remontent.",
        "Higher: mining sites and mining villages move up.",
    ),
    "csr.weights.reset": ("Rétablir les pondérations par défaut", "Reset to default weights"),
    "csr.weights.default_notice": (
        "Classement calculé avec les pondérations par défaut (documentées).",
        "Ranking computed with the default (documented) weights.",
    ),
    "csr.weights.custom_notice": (
        "Classement calculé avec des pondérations PERSONNALISÉES, pas celles par défaut : {changes}.",
        "Ranking computed with CUSTOM weights, not the defaults: {changes}.",
    ),
    "csr.weights.change": ("{factor} {value:g} (défaut {default:g})", "{factor} {value:g} (default {default:g})"),
    "csr.weights.ignored": (
        "Pondération du lien ignorée : {param} = « {value} » (attendu : un facteur connu et un "
        "nombre entre 0 et 1) ; valeur par défaut utilisée.",
        "Weight in the link ignored: {param} = “{value}” (expected a known factor and a number "
        "between 0 and 1); default used.",
    ),
    "csr.weights.all_zero": (
        "Tous les poids sont à zéro : le score n'aurait pas de sens, les pondérations par défaut sont utilisées.",
        "All weights are zero: the score would be meaningless, so the default weights are used.",
    ),
    "csr.weights.default": ("Défaut", "Default"),
    "csr.weights.share": ("Part du score", "Share of score"),
    "csr.weights.formula_in_use": (
        "Avec les pondérations utilisées : lacune = 100 × ({terms}) / {total:g}",
        "With the weights in use: gap = 100 × ({terms}) / {total:g}",
    ),
    "csr.method.weights.default": (
        "pondérations par défaut (documentées) — {weights}.",
        "default (documented) weights — {weights}.",
    ),
    "csr.method.weights.custom": (
        "pondérations personnalisées (pas celles par défaut) — {weights} ; valeurs par défaut : {defaults}.",
        "custom weights (not the documented defaults) — {weights}; defaults: {defaults}.",
    ),
    "csr.downloads": ("Téléchargements", "Downloads"),
    "csr.download.csv": ("Tableau CSV", "CSV table"),
    "csr.download.excel": ("CSV compatible Excel (sans formules)", "Excel-safe CSV (no formulas)"),
    "csr.download.brief": ("Fiche d'une page (PDF)", "One-page brief (PDF)"),
    "csr.synthetic_notice": (
        "Attention : la couverture Bajenu Gox est SYNTHÉTIQUE (aucune donnée publique) ; "
        "elle pèse dans le score à titre de démonstration.",
        "Warning: Bajenu Gox coverage is SYNTHETIC (no public data); it weighs in the score for demonstration only.",
    ),
    "csr.risk_notice.unknown": (
        "Risque d'incidents : aucune publication disponible, classé « inconnu ».",
        "Incident risk: no release available, shown as “unknown”.",
    ),
    "csr.risk_notice.synthetic": (
        "Risque d'incidents : publication « {release} » SYNTHÉTIQUE (classes publiées seulement).",
        "Incident risk: release “{release}” is SYNTHETIC (published classes only).",
    ),
    "csr.yes": ("oui", "yes"),
    "csr.no": ("non", "no"),
    "csr.legend": ("Légende", "Legend"),
    "csr.band.high": ("Lacune forte (≥ 60)", "High gap (≥ 60)"),
    "csr.band.medium": ("Lacune moyenne (45–60)", "Medium gap (45–60)"),
    "csr.band.low": ("Lacune plus faible (< 45)", "Lower gap (< 45)"),
    "csr.error.unknown": (
        "Concession inconnue : {name}. Concessions connues : {known}",
        "Unknown concession: {name}. Known concessions: {known}",
    ),
    # footprint bases
    "csr.basis.perimeter": ("périmètre publié", "published perimeter"),
    "csr.basis.stated_area_circle": ("cercle de la surface déclarée", "circle of the stated area"),
    "csr.basis.point_only": ("point seul (surface inconnue)", "point only (area unknown)"),
    "csr.basis.mixed": ("mixte", "mixed"),
    "csr.basis_notice.perimeter": (
        "Emprise : périmètre publié dans l'acte.",
        "Footprint: perimeter published in the act.",
    ),
    "csr.basis_notice.stated_area_circle": (
        "Emprise approchée : aucun périmètre publié ; cercle de la surface déclarée autour du point publié.",
        "Approximate footprint: no published perimeter; a circle of the stated area around the published point.",
    ),
    "csr.basis_notice.point_only": (
        "Emprise inconnue : ni périmètre ni surface publiés ; la zone est un simple cercle autour du point "
        "et sous-estime la zone réelle.",
        "Unknown footprint: neither perimeter nor area published; the zone is a plain circle around the point "
        "and under-states the real zone.",
    ),
    "csr.basis_notice.mixed": (
        "Emprise : union de titres d'origines différentes.",
        "Footprint: union of titles of different kinds.",
    ),
    # columns
    "csr.col.rank": ("Rang", "Rank"),
    "csr.col.name": ("Nom", "Name"),
    "csr.col.kind": ("Type", "Kind"),
    "csr.col.gap_score": ("Score de lacune", "Gap score"),
    "csr.col.distance_km": ("Distance à la concession (km)", "Distance to concession (km)"),
    "csr.col.commune_zone": ("Zone communale", "Commune zone"),
    "csr.col.border_village": ("Frontalier (≤ 15 km)", "Border (≤ 15 km)"),
    "csr.col.service_in_zone": ("Service dans la zone", "Service in zone"),
    "csr.col.nearest_service_town": ("Service le plus proche (ville d'accès)", "Nearest service (access town)"),
    "csr.col.nearest_service_km": ("Distance au service (km)", "Distance to service (km)"),
    "csr.col.service_travel_min": ("Trajet jusqu'au service (min)", "Travel to service (min)"),
    "csr.col.bajenu_coverage_class": ("Bajenu Gox (synthétique)", "Bajenu Gox (synthetic)"),
    "csr.col.risk_class": ("Risque publié", "Published risk"),
    # values
    "csr.coverage.none": ("aucune", "none"),
    "csr.coverage.low": ("faible", "low"),
    "csr.coverage.medium": ("moyenne", "medium"),
    "csr.coverage.high": ("forte", "high"),
    "csr.coverage.unknown": ("inconnue", "unknown"),
    "csr.risk.unknown": ("inconnu", "unknown"),
    "csr.risk.outside": ("hors grille", "outside grid"),
    "csr.kind.regional_capital": ("capitale régionale", "regional capital"),
    "csr.kind.department_seat": ("chef-lieu de département", "department seat"),
    "csr.kind.commune_seat": ("chef-lieu de commune", "commune seat"),
    "csr.kind.mining_village": ("village minier", "mining village"),
    "csr.kind.border_village": ("village frontalier", "border village"),
    "csr.kind.village": ("village", "village"),
    "csr.kind.crossing": ("point de passage", "border crossing"),
    "csr.kind.external_town": ("ville hors région", "town outside the region"),
    "csr.kind.industrial_mine": ("mine industrielle", "industrial mine"),
    "csr.kind.industrial_project": ("projet industriel", "industrial project"),
    "csr.kind.artisanal_site": ("site d'orpaillage", "artisanal mining site"),
    # figures
    "csr.fig.concession": ("Concession", "Concession"),
    "csr.fig.radius": ("Rayon", "Radius"),
    "csr.fig.footprint_basis": ("Emprise", "Footprint"),
    "csr.fig.footprint_km2": ("Surface de l'emprise", "Footprint area"),
    "csr.fig.zone_km2": ("Surface de la zone", "Zone area"),
    "csr.fig.members": ("Lieux et sites dans la zone", "Places and sites in the zone"),
    "csr.fig.places": ("dont lieux habités", "of which places"),
    "csr.fig.mining_sites": ("dont sites miniers", "of which mining sites"),
    "csr.fig.border_members": ("À moins de 15 km d'une frontière", "Within 15 km of a border"),
    "csr.fig.no_service_in_zone": ("Sans service dans leur zone communale", "Without a service in their zone"),
    "csr.fig.far_from_service": ("À plus de {km} km d'un service", "More than {km} km from a service"),
    "csr.fig.bajenu_none_or_low": ("Couverture Bajenu Gox nulle/faible (synth.)", "Bajenu Gox none/low (synth.)"),
    "csr.fig.mean_gap": ("Score de lacune moyen", "Mean gap score"),
    "csr.fig.max_gap": ("Score de lacune maximal", "Highest gap score"),
    "csr.fig.top_member": ("Lacune la plus forte", "Biggest gap"),
    # method and caveats
    "csr.method.zone": (
        "Zone d'influence = emprise de la concession élargie de {km} km (calculs métriques en "
        "UTM 28N, EPSG:32628) ; tous les lieux du répertoire et sites miniers dans la zone, "
        "y compris au Mali ou en Guinée.",
        "Impact zone = concession footprint buffered by {km} km (metric work in UTM 28N, "
        "EPSG:32628); every gazetteer place and mining site in the zone, including in Mali or "
        "Guinea.",
    ),
    "csr.method.basis.perimeter": ("Emprise : périmètre publié.", "Footprint: published perimeter."),
    "csr.method.basis.stated_area_circle": (
        "Emprise : cercle de la surface déclarée (rayon √(S/π)) autour du point publié.",
        "Footprint: circle of the stated area (radius √(A/π)) around the published point.",
    ),
    "csr.method.basis.point_only": (
        "Emprise : point seul (surface non publiée).",
        "Footprint: bare point (area not published).",
    ),
    "csr.method.basis.mixed": ("Emprise : union de plusieurs titres.", "Footprint: union of several titles."),
    "csr.method.score": (
        "Score de lacune (0–100) = 100 × Σ poids × facteur / Σ poids, facteurs entre 0 et 1 :",
        "Gap score (0–100) = 100 × Σ weight × factor / Σ weight, factors between 0 and 1:",
    ),
    "csr.method.access": (
        "Accès aux services mesuré à vol d'oiseau jusqu'à la ville d'accès publique (chef-lieu) "
        "du service, jamais jusqu'à un refuge.",
        "Access to services measured in a straight line to the service's public access town "
        "(commune seat), never to a shelter.",
    ),
    "csr.method.network": (
        "Accès aux services en temps de trajet (saison {season}) sur le réseau de tournées "
        "(modèle saisonnier, hypothèses sur la page Tournées), jusqu'à la ville d'accès publique "
        "du service, jamais jusqu'à un refuge.",
        "Access to services as travel time ({season} season) on the outreach network (seasonal "
        "model, assumptions on the Outreach page), to the service's public access town, never "
        "to a shelter.",
    ),
    "csr.caveat.bajenu_synthetic": (
        "Couverture Bajenu Gox SYNTHÉTIQUE : aucune donnée publique ; démonstration.",
        "Bajenu Gox coverage is SYNTHETIC: no public data; demonstration only.",
    ),
    "csr.caveat.risk_unknown": (
        "Risque d'incidents inconnu (aucune publication) : facteur neutre pour tous.",
        "Incident risk unknown (no release): neutral factor for all.",
    ),
    "csr.caveat.risk_synthetic": (
        "Risque d'incidents : publication « {release} » SYNTHÉTIQUE.",
        "Incident risk: release “{release}” is SYNTHETIC.",
    ),
    "csr.caveat.basis.perimeter": (
        "Périmètre transcrit de l'acte publié ; le cadastre minier fait foi.",
        "Perimeter transcribed from the published act; the mining cadastre is authoritative.",
    ),
    "csr.caveat.basis.stated_area_circle": (
        "Périmètre non publié : emprise approchée par un cercle de la surface déclarée.",
        "Perimeter not published: footprint approximated by a circle of the stated area.",
    ),
    "csr.caveat.basis.point_only": (
        "Ni périmètre ni surface publiés : la zone sous-estime l'influence réelle.",
        "Neither perimeter nor area published: the zone under-states the real influence.",
    ),
    "csr.caveat.basis.mixed": (
        "Union de titres d'origines différentes (périmètres, cercles, points).",
        "Union of titles of different kinds (perimeters, circles, points).",
    ),
    "csr.caveat.services": (
        "Services et refuges : présence par zone communale d'après la presse ; un service "
        "absent des données n'est pas forcément absent du terrain.",
        "Services and shelters: presence per commune zone from press reports; a service "
        "missing from the data is not necessarily missing on the ground.",
    ),
    "csr.caveat.zones": (
        "Zones communales approchées (Voronoï des chefs-lieux), pas les limites officielles.",
        "Commune zones are approximate (Voronoi of commune seats), not official boundaries.",
    ),
    "csr.caveat.proxies": (
        "Certains sites miniers sont placés sur le village voisin (approximation).",
        "Some mining sites are placed on the nearest village (proxy).",
    ),
    "csr.caveat.foreign": (
        "Lieux au Mali/en Guinée : hors des données de services sénégalaises, comptés sans service ni relais.",
        "Places in Mali/Guinea: outside Senegalese service data, counted as having no service or relay.",
    ),
    "csr.brief.title": ("Lacunes de protection — {name}", "Protection gaps — {name}"),
    "csr.brief.subtitle": ("Zone d'influence de {km} km", "{km} km impact zone"),
}
