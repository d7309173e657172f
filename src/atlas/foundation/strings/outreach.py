"""Strings of the outreach route planner: page, itinerary, model assumptions."""

STRINGS: dict[str, tuple[str, str]] = {
    # page
    "outreach.title": ("Planifier une tournée de terrain", "Plan an outreach tour"),
    "outreach.intro": (
        "Choisissez un point de départ et des étapes ; l'ordre de visite qui minimise le temps total est "
        "calculé hors ligne sur un réseau modélisé, pour la saison sèche ou la saison des pluies.",
        "Choose a start and stops; the visiting order that minimises total travel time is computed offline "
        "on a modelled network, for the dry or the rainy season.",
    ),
    "outreach.start": ("Départ (ville ou zone de services)", "Start (town or service area)"),
    "outreach.season": ("Saison", "Season"),
    "outreach.season.dry": ("Saison sèche (nov.–juin)", "Dry season (Nov–Jun)"),
    "outreach.season.rainy": ("Saison des pluies (juil.–oct.)", "Rainy season (Jul–Oct)"),
    "outreach.return": ("Retour au point de départ", "Return to the start"),
    "outreach.max_hours": (
        "Heures de route max. par jour (0 = sans limite)",
        "Max driving hours per day (0 = no limit)",
    ),
    "outreach.visit_minutes": ("Durée de chaque visite (minutes)", "Time spent at each stop (minutes)"),
    "outreach.filters": ("Filtrer les étapes proposées", "Filter the proposed stops"),
    "outreach.filter.group": ("Type d'étape", "Kind of stop"),
    "outreach.group.mining_site": ("Sites miniers", "Mining sites"),
    "outreach.group.border_village": ("Villages frontaliers", "Border villages"),
    "outreach.group.place": ("Autres localités", "Other places"),
    "outreach.filter.department": ("Département", "Department"),
    "outreach.filter.risk": ("Niveau de risque (publication d'incidents)", "Risk level (incident release)"),
    "outreach.filter.coverage": ("Couverture Bajenu Gox de la zone", "Bajenu Gox coverage of the zone"),
    "outreach.filter.no_services": ("Seulement les zones sans service", "Only zones without services"),
    "outreach.risk.unknown": ("inconnu", "unknown"),
    "outreach.risk.unavailable": (
        "Pas de publication d'incidents disponible : niveau de risque « inconnu ».",
        'No incident release available: risk level "unknown".',
    ),
    "outreach.coverage.none": ("aucune", "none"),
    "outreach.coverage.low": ("faible", "low"),
    "outreach.coverage.medium": ("moyenne", "medium"),
    "outreach.coverage.high": ("élevée", "high"),
    "outreach.coverage.unknown": ("hors zone", "outside zones"),
    "outreach.synthetic_coverage": (
        "Couverture Bajenu Gox : données SYNTHÉTIQUES (aucune donnée publique), à titre d'exemple.",
        "Bajenu Gox coverage: SYNTHETIC data (no public data), for illustration.",
    ),
    "outreach.stops": ("Étapes à visiter", "Stops to visit"),
    "outreach.plan_button": ("Calculer l'itinéraire", "Plan the route"),
    "outreach.need_stops": ("Choisissez au moins une étape.", "Choose at least one stop."),
    "outreach.summary": (
        "{stops} étape(s) · {km} km · {time} de route · méthode : {method}",
        "{stops} stop(s) · {km} km · {time} driving · method: {method}",
    ),
    "outreach.method.exact": ("optimum exact (Held–Karp)", "exact optimum (Held–Karp)"),
    "outreach.method.heuristic": (
        "heuristique (plus proche voisin + 2-opt + Or-opt)",
        "heuristic (nearest neighbour + 2-opt + Or-opt)",
    ),
    "outreach.method.trivial": ("une seule étape", "single stop"),
    "outreach.unreachable": (
        "Étapes injoignables en cette saison (non visitées) : {names}",
        "Stops cut off in this season (not visited): {names}",
    ),
    "outreach.duplicates": ("Étapes en double ignorées : {names}", "Duplicate stops ignored: {names}"),
    "outreach.legs": ("Trajets et journées", "Legs and days"),
    "outreach.downloads": ("Téléchargements", "Downloads"),
    "outreach.download.gpx": ("GPX (OsmAnd, Garmin)", "GPX (OsmAnd, Garmin)"),
    "outreach.download.csv": ("Trajets (CSV)", "Legs (CSV)"),
    "outreach.download.matrix": ("Matrice des temps (CSV)", "Time matrix (CSV)"),
    "outreach.download.itinerary": ("Itinéraire imprimable (HTML)", "Printable itinerary (HTML)"),
    "outreach.map.route": ("Itinéraire", "Route"),
    "outreach.map.stops": ("Étapes numérotées", "Numbered stops"),
    "outreach.model": ("Hypothèses du modèle de réseau", "Network model assumptions"),
    "outreach.model.note": (
        "Routes du Digital Chart of the World (tracés des années 1990 au 1:1 000 000, à 1–2 km près ; deux "
        "tronçons absents de DCW en lignes droites SCHÉMATIQUES) et pistes MODÉLISÉES (ligne droite × facteur de "
        "détour) : les temps sont indicatifs. Vérifiez l'état des pistes et des gués localement avant de partir.",
        "Digital Chart of the World roads (1990s 1:1,000,000 lines, 1–2 km off at places; two segments DCW "
        "lacks as SCHEMATIC straight lines) and MODELLED tracks (straight line × detour factor): times are "
        "indicative. Check tracks and fords locally before leaving.",
    ),
    "outreach.param": ("Paramètre", "Parameter"),
    "outreach.value": ("Valeur", "Value"),
    "outreach.error.name": ("Nom non reconnu : {message}", "Name not recognised: {message}"),
    # columns
    "outreach.col.from": ("De", "From"),
    "outreach.col.to": ("À", "To"),
    "outreach.col.distance_km": ("Distance (km)", "Distance (km)"),
    "outreach.col.minutes": ("Minutes", "Minutes"),
    "outreach.col.day": ("Jour", "Day"),
    "outreach.col.river_fords": ("Gués", "Fords"),
    "outreach.col.time": ("Durée", "Time"),
    "outreach.col.number": ("N°", "No."),
    "outreach.col.stop": ("Étape", "Stop"),
    # itinerary
    "outreach.itin.title": ("Itinéraire de tournée", "Outreach itinerary"),
    "outreach.itin.generated": (
        "Produit hors ligne par l'Atlas de Kédougou.",
        "Produced offline by the Kédougou Atlas.",
    ),
    "outreach.itin.start": ("Départ", "Start"),
    "outreach.itin.return": ("retour au départ", "return to start"),
    "outreach.itin.open": ("sans retour", "one way"),
    "outreach.itin.day": ("Jour {n}", "Day {n}"),
    "outreach.itin.day_total": ("Total du jour : {time} (route et visites)", "Day total: {time} (driving and visits)"),
    "outreach.itin.over_limit": (
        "Ce trajet dépasse à lui seul la limite journalière : prévoir une nuit en route.",
        "This leg alone exceeds the daily limit: plan a night on the way.",
    ),
    "outreach.itin.total": ("Total : {km} km, {time} de route", "Total: {km} km, {time} driving"),
    "outreach.itin.warnings": ("Avertissements de saison", "Season warnings"),
    "outreach.itin.assumptions": ("Hypothèses et sources", "Assumptions and sources"),
    "outreach.itin.print": ("Imprimer", "Print"),
    "outreach.itin.fords": ("{n} gué(s) sans pont", "{n} unbridged crossing(s)"),
    "outreach.warn.rainy": (
        "Saison des pluies (juillet–octobre) : les pistes qui traversent la Gambie ou la Falémé sans pont sont "
        "considérées FERMÉES ; les gués des affluents et les ponts bas des routes non revêtues sont ralentis ; "
        "vitesses réduites sur toutes les surfaces. Partez tôt, renseignez-vous sur les crues.",
        "Rainy season (July–October): tracks crossing the Gambia or the Falémé without a bridge are treated as "
        "CLOSED; tributary fords and low bridges on unpaved roads are slowed; speeds are lower on every surface. "
        "Leave early and ask about floods.",
    ),
    "outreach.warn.dry": (
        "Saison sèche : les gués sont praticables mais ralentis ; les pistes restent lentes. Le plan ne vaut pas "
        "pour la saison des pluies (juillet–octobre).",
        "Dry season: fords are passable but slow; tracks remain slow. This plan does not hold in the rainy season "
        "(July–October).",
    ),
    "outreach.warn.leg_fords": (
        "Trajet {a} → {b} : {n} traversée(s) de rivière sans pont ({rivers}).",
        "Leg {a} → {b}: {n} river crossing(s) without a bridge ({rivers}).",
    ),
    # model parameters
    "outreach.param.paved_dry_kmh": (
        "4x4 : vitesse route revêtue, saison sèche (km/h)",
        "4x4: paved road speed, dry (km/h)",
    ),
    "outreach.param.paved_rainy_kmh": (
        "4x4 : vitesse route revêtue, saison des pluies (km/h)",
        "4x4: paved road speed, rainy (km/h)",
    ),
    "outreach.param.unpaved_dry_kmh": (
        "4x4 : vitesse route non revêtue, saison sèche (km/h)",
        "4x4: unpaved road speed, dry (km/h)",
    ),
    "outreach.param.unpaved_rainy_kmh": (
        "4x4 : vitesse route non revêtue, saison des pluies (km/h)",
        "4x4: unpaved road speed, rainy (km/h)",
    ),
    "outreach.param.track_dry_kmh": ("4x4 : vitesse sur piste, saison sèche (km/h)", "4x4: track speed, dry (km/h)"),
    "outreach.param.track_rainy_kmh": (
        "4x4 : vitesse sur piste, saison des pluies (km/h)",
        "4x4: track speed, rainy (km/h)",
    ),
    "outreach.param.schematic_road_detour": (
        "Facteur de détour d'une route schématique sans longueur publiée",
        "Detour factor of a schematic road without published length",
    ),
    "outreach.param.road_snap_km": (
        "Jonction : extrémité de route reliée à une autre route à moins de (km)",
        "Junction: a road end is joined to another road within (km)",
    ),
    "outreach.param.track_detour": (
        "Facteur de détour des pistes (× ligne droite)",
        "Track detour factor (× straight line)",
    ),
    "outreach.param.neighbours_k": (
        "Pistes vers les k localités les plus proches : k",
        "Tracks to the k nearest places: k",
    ),
    "outreach.param.neighbour_max_km": (
        "Longueur max. (ligne droite) d'une piste entre localités (km)",
        "Max straight length of a track between places (km)",
    ),
    "outreach.param.road_access_max_km": (
        "Distance max. pour rejoindre la route la plus proche (km)",
        "Max distance to join the nearest road (km)",
    ),
    "outreach.param.major_ford_dry_minutes": (
        "Gué de la Gambie/Falémé sur piste, saison sèche (min)",
        "Gambia/Falémé ford on a track, dry (min)",
    ),
    "outreach.param.major_track_closed_rainy": (
        "Pistes traversant la Gambie/Falémé fermées en saison des pluies",
        "Tracks crossing the Gambia/Falémé closed in the rainy season",
    ),
    "outreach.param.minor_crossing_dry_minutes": ("Gué d'un affluent, saison sèche (min)", "Tributary ford, dry (min)"),
    "outreach.param.minor_crossing_rainy_track_minutes": (
        "4x4 : gué d'un affluent sur piste, saison des pluies (min)",
        "4x4: tributary ford on a track, rainy (min)",
    ),
    "outreach.param.minor_crossing_rainy_unpaved_minutes": (
        "4x4 : pont bas d'une route non revêtue, saison des pluies (min)",
        "4x4: low bridge on an unpaved road, rainy (min)",
    ),
    "outreach.param.river_bank_tolerance_km": (
        "Tolérance de berge (traversées ignorées près d'un village, km)",
        "Bank tolerance (crossings ignored near a village, km)",
    ),
    "outreach.param.rainy_months": ("Mois de la saison des pluies", "Rainy season months"),
}

# Vehicle profile (4x4 or motorbike): switch, itinerary line, motorbike note and parameters.
STRINGS.update(
    {
        "outreach.vehicle": ("Véhicule", "Vehicle"),
        "outreach.vehicle.4x4": ("4x4", "4x4"),
        "outreach.vehicle.motorbike": ("Moto", "Motorbike"),
        "outreach.itin.vehicle": ("Véhicule : {vehicle}", "Vehicle: {vehicle}"),
        "outreach.warn.motorbike": (
            "Moto : temps pour une moto tout-terrain légère (une ou deux personnes), plus rapide qu'un 4x4 sur les "
            "pistes. En saison des pluies, les gués des affluents se passent moto portée ou en pirogue ; la Gambie et "
            "la Falémé restent infranchissables sans pont.",
            "Motorbike: times for a light trail bike (one or two riders), faster than a 4x4 on tracks. In the rainy "
            "season, tributary fords are crossed with the bike carried or on a pirogue; the Gambia and the Falémé "
            "still cannot be crossed without a bridge.",
        ),
        "outreach.model.vehicles": (
            "Les valeurs sans mention « 4x4 » ni « moto » valent pour les deux véhicules ; celles de la moto sont "
            "aussi des hypothèses de planification, pas des mesures.",
            'Values marked neither "4x4" nor "motorbike" hold for both vehicles; the motorbike\'s are planning '
            "guesses too, not measurements.",
        ),
        "outreach.param.motorbike_paved_dry_kmh": (
            "Moto : vitesse route revêtue, saison sèche (km/h)",
            "Motorbike: paved road speed, dry (km/h)",
        ),
        "outreach.param.motorbike_paved_rainy_kmh": (
            "Moto : vitesse route revêtue, saison des pluies (km/h)",
            "Motorbike: paved road speed, rainy (km/h)",
        ),
        "outreach.param.motorbike_unpaved_dry_kmh": (
            "Moto : vitesse route non revêtue, saison sèche (km/h)",
            "Motorbike: unpaved road speed, dry (km/h)",
        ),
        "outreach.param.motorbike_unpaved_rainy_kmh": (
            "Moto : vitesse route non revêtue, saison des pluies (km/h)",
            "Motorbike: unpaved road speed, rainy (km/h)",
        ),
        "outreach.param.motorbike_track_dry_kmh": (
            "Moto : vitesse sur piste, saison sèche (km/h)",
            "Motorbike: track speed, dry (km/h)",
        ),
        "outreach.param.motorbike_track_rainy_kmh": (
            "Moto : vitesse sur piste, saison des pluies (km/h)",
            "Motorbike: track speed, rainy (km/h)",
        ),
        "outreach.param.motorbike_minor_crossing_rainy_track_minutes": (
            "Moto : gué d'un affluent sur piste, saison des pluies (min, moto portée ou en pirogue)",
            "Motorbike: tributary ford on a track, rainy (min, bike carried or on a pirogue)",
        ),
        "outreach.param.motorbike_minor_crossing_rainy_unpaved_minutes": (
            "Moto : pont bas d'une route non revêtue, saison des pluies (min)",
            "Motorbike: low bridge on an unpaved road, rainy (min)",
        ),
    }
)

# PDF itinerary (outreach/reports/itinerary_pdf.py): the button, the map key, the leg table, the speeds line.
STRINGS.update(
    {
        "outreach.download.itinerary_pdf": ("Itinéraire (PDF)", "Itinerary (PDF)"),
        "outreach.pdf.map": ("Carte de l'itinéraire", "Route map"),
        "outreach.pdf.map_note": (
            "Le numéro d'une étape est celui du trajet qui y arrive (0 = départ). Tracé sur le réseau modélisé, "
            "pas sur un relevé GPS.",
            "A stop's number is that of the leg arriving there (0 = start). Drawn on the modelled network, not "
            "from a GPS survey.",
        ),
        "outreach.pdf.legend.start": ("Départ (0)", "Start (0)"),
        "outreach.pdf.legend.unreachable": ("Injoignable en cette saison", "Cut off in this season"),
        "outreach.pdf.crossings": ("Traversées sans pont", "Unbridged crossings"),
        "outreach.pdf.day_row": ("Total du jour {n} (route)", "Day {n} total (driving)"),
        "outreach.pdf.total_row": ("Total de la tournée (route)", "Tour total (driving)"),
        "outreach.pdf.speeds": (
            "Vitesses retenues — {vehicle}, {season} : route revêtue {paved} km/h, route non revêtue {unpaved} km/h, "
            "piste {track} km/h. Ce sont des hypothèses de planification, pas des mesures.",
            "Speeds used — {vehicle}, {season}: paved road {paved} km/h, unpaved road {unpaved} km/h, track "
            "{track} km/h. They are planning guesses, not measurements.",
        ),
        "outreach.pdf.date": ("Date : {date}", "Date: {date}"),
        "outreach.pdf.page": ("page {n}/{total}", "page {n} of {total}"),
    }
)
