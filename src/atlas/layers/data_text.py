# ruff: noqa: E501  (whole-value keys are the data's text verbatim; splitting them would hide mismatches)
"""French and English for the descriptive text of the shipped layers (issue 12: every word in the page language).

Why a table keyed by the text itself, and not `*_fr`/`*_en` columns in the data: coded values
(`kind`, `location_basis`, `surface_class`…) go through the catalogs (`value.<field>.<code>`); notes,
sources, licences and precision statements are free text written once per feature. Keyed by the
exact original text, a translation applies only while the text is unchanged: a steward who edits a
note in an imported layer sees the new note as written, never a stale translation of the old one.

Proper names (places, operators, legal acts, document titles, quotations) stay as they are; the
pack's developer wording ("read with the read_file search tool") is dropped in both languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- whole values ---------------------------------------------------------------------------------
EXACT: dict[str, tuple[str, str]] = {
    # location precision
    "GeoNames point (village centre, ~100 m-1 km)": (
        "point GeoNames (centre du village, ~100 m à 1 km)",
        "GeoNames point (village centre, ~100 m-1 km)",
    ),
    "GeoNames 1-arc-minute grid (about ±1.5 km)": (
        "grille GeoNames d'une minute d'arc (environ ±1,5 km)",
        "GeoNames 1-arc-minute grid (about ±1.5 km)",
    ),
    "town centre (GeoNames) or 1' (Wikipedia)": (
        "centre de la ville (GeoNames) ou 1' (Wikipédia)",
        "town centre (GeoNames) or 1' (Wikipedia)",
    ),
    "Quattroshapes town point": ("point de ville Quattroshapes", "Quattroshapes town point"),
    # licences
    "fact (coordinates) from Wikipedia": ("fait (coordonnées) tiré de Wikipédia", "fact (coordinates) from Wikipedia"),
    "public legal text (Journal officiel / arrêté); coordinates are facts": (
        "texte juridique public (Journal officiel / arrêté) ; les coordonnées sont des faits",
        "public legal text (Journal officiel / arrêté); coordinates are facts",
    ),
    "fact (coordinate published in the cited document)": (
        "fait (coordonnée publiée dans le document cité)",
        "fact (coordinate published in the cited document)",
    ),
    "facts; proxy point CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First": (
        "faits ; point de substitution CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First",
        "facts; proxy point CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First",
    ),
    "facts (press reports)": ("faits (articles de presse)", "facts (press reports)"),
    "facts (uncopyrightable); vertices CC BY 4.0 GeoNames via Who's On First": (
        "faits (non protégés par le droit d'auteur) ; sommets CC BY 4.0 GeoNames via Who's On First",
        "facts (uncopyrightable); vertices CC BY 4.0 GeoNames via Who's On First",
    ),
    "CC0 (WOF 'meso' geometry, sources/meso.json); please credit Who's On First and OCHA": (
        "CC0 (géométrie « meso » de Who's On First) ; merci de citer Who's On First et OCHA",
        "CC0 (Who's On First 'meso' geometry); please credit Who's On First and OCHA",
    ),
    "CC0 (see departments.geojson)": ("CC0 (comme les départements)", "CC0 (as the departments)"),
    "union of departments.geojson (WOF department geometries)": (
        "réunion des trois départements (géométries Who's On First)",
        "union of the three departments (Who's On First geometries)",
    ),
    "facts: scripts/facts/roads_facts.csv (press/official reports cited in `sources`); vertices = places.geojson points": (
        "faits tirés de la presse et de rapports officiels ; sommets = points de la couche des lieux",
        "facts from press and official reports; vertices = points of the places layer",
    ),
    # concessions
    "installations classées envelope": ("enveloppe des installations classées", "classified installations envelope"),
    "concession minière (or)": ("concession minière (or)", "mining concession (gold)"),
    "permis d'exploitation (or)": ("permis d'exploitation (or)", "exploitation permit (gold)"),
    "permis de recherche (or)": ("permis de recherche (or)", "exploration permit (gold)"),
    "autorisation d'exploitation minière semi-mécanisée (or alluvionnaire/éluvionnaire)": (
        "autorisation d'exploitation minière semi-mécanisée (or alluvionnaire/éluvionnaire)",
        "semi-mechanised mining authorisation (alluvial/eluvial gold)",
    ),
    "not transcribed (perimeter not published in the pack)": (
        "non transcrit (périmètre non publié)",
        "not transcribed (perimeter not published)",
    ),
    "published vertices enclose ~79 ha, not the stated 50 ha - transcription/typo in the source; verify": (
        "les sommets publiés enferment ~79 ha, non les 50 ha annoncés : erreur de transcription dans la source ; à vérifier",
        "published vertices enclose ~79 ha, not the stated 50 ha: transcription error in the source; verify",
    ),
    "vertex order reconstructed as A-B-D-C because the published A-B-C-D ring self-intersects": (
        "ordre des sommets reconstitué en A-B-D-C, car l'anneau publié A-B-C-D se recoupe",
        "vertex order reconstructed as A-B-D-C because the published A-B-C-D ring self-intersects",
    ),
    "rectangle from the two published corner points only (not the 7 700 ha concession)": (
        "rectangle tiré des deux seuls coins publiés (pas la concession de 7 700 ha)",
        "rectangle from the two published corner points only (not the 7,700 ha concession)",
    ),
    # mining sites and concessions sharing a note
    "Sabodala-Massawa complex, Endeavour Mining 90% / State 10%; licence 245.6 km2 + Gora 45.6 km2": (
        "complexe Sabodala-Massawa, Endeavour Mining 90 % / État 10 % ; titre de 245,6 km² + Gora 45,6 km²",
        "Sabodala-Massawa complex, Endeavour Mining 90% / State 10%; licence 245.6 km² + Gora 45.6 km²",
    ),
    "Mining concession 7 700 ha (Land Matrix deal #6103); Tomboronkoto satellite ~17.5 km SE": (
        "concession minière de 7 700 ha (Land Matrix, transaction n° 6103) ; satellite de Tomboronkoto à ~17,5 km au SE",
        "mining concession of 7,700 ha (Land Matrix deal #6103); Tomboronkoto satellite ~17.5 km SE",
    ),
    "placed on Tomboronkoto village - NOT the deposit": (
        "placé sur le village de Tomboronkoto : ce n'est PAS le gisement",
        "placed on Tomboronkoto village: NOT the deposit",
    ),
    "placed on Bantakokouta village (name + described position); verify": (
        "placé sur le village de Bantakokouta (nom et position décrite) ; à vérifier",
        "placed on Bantakokouta village (name and described position); verify",
    ),
    "placed on Boto village (GeoNames); main pit Malikoundi not located - NOT the pit position": (
        "placé sur le village de Boto (GeoNames) ; la fosse principale de Malikoundi n'est pas localisée : "
        "ce n'est PAS la position de la fosse",
        "placed on Boto village (GeoNames); main pit Malikoundi not located: NOT the pit position",
    ),
    "placed on Sambarabougou village (GeoNames 1' grid); permit is not the village": (
        "placé sur le village de Sambarabougou (grille GeoNames d'une minute) ; le permis n'est pas le village",
        "placed on Sambarabougou village (GeoNames 1' grid); the permit is not the village",
    ),
    "read as degrees + decimal minutes; large active site on a hill; inside AfriGold permit (seneweb)": (
        "lu en degrés et minutes décimales ; grand site actif sur une colline ; dans le permis AfriGold (seneweb)",
        "read as degrees and decimal minutes; large active site on a hill; inside the AfriGold permit (seneweb)",
    ),
    "read as degrees + decimal minutes; plateau a few km from Fongoli village": (
        "lu en degrés et minutes décimales ; plateau à quelques km du village de Fongoli",
        "read as degrees and decimal minutes; plateau a few km from Fongoli village",
    ),
    "village point - the dioura is a few minutes' drive away": (
        "point du village : le dioura est à quelques minutes de route",
        "village point: the dioura is a few minutes' drive away",
    ),
    "village point - not the dioura": ("point du village, pas le dioura", "village point, not the dioura"),
    "placed on GeoNames 'Diabougou' (name match only; WOF: Bakel dept, just north of Saraya dept) - verify": (
        "placé sur « Diabougou » de GeoNames (seul le nom correspond ; Who's On First : département de Bakel, "
        "juste au nord de celui de Saraya) ; à vérifier",
        "placed on GeoNames 'Diabougou' (name match only; Who's On First: Bakel department, just north of "
        "Saraya department); verify",
    ),
    # mining-site names that describe rather than name
    "Sabodala Mining Concession (reference point)": (
        "Concession minière de Sabodala (point de référence)",
        "Sabodala Mining Concession (reference point)",
    ),
    "Mako gold mine (Petowal deposit)": ("Mine d'or de Mako (gisement de Petowal)", "Mako gold mine (Petowal deposit)"),
    "Tomboronkoto satellite deposit (Mako extension)": (
        "Gisement satellite de Tomboronkoto (extension de Mako)",
        "Tomboronkoto satellite deposit (Mako extension)",
    ),
    "Bantaco project (JV Resolute/SNEPAC) & Bantako dioura": (
        "Projet Bantaco (coentreprise Resolute/SNEPAC) et dioura de Bantako",
        "Bantaco project (Resolute/SNEPAC joint venture) and Bantako dioura",
    ),
    "Boto gold mine (Managem; commune of Médina Baffé)": (
        "Mine d'or de Boto (Managem ; commune de Médina Baffé)",
        "Boto gold mine (Managem; Médina Baffé commune)",
    ),
    "Makabingui gold project (Sambarabougou exploitation permit)": (
        "Projet aurifère de Makabingui (permis d'exploitation de Sambarabougou)",
        "Makabingui gold project (Sambarabougou exploitation permit)",
    ),
    "Orpaillage site near Khossanto (Dioura de Khossanto)": (
        "Site d'orpaillage près de Khossanto (dioura de Khossanto)",
        "Gold-panning site near Khossanto (Khossanto dioura)",
    ),
    "Orpaillage site near Mouran": ("Site d'orpaillage près de Mouran", "Gold-panning site near Mouran"),
    "Orpaillage site near Mamakono": ("Site d'orpaillage près de Mamakono", "Gold-panning site near Mamakono"),
    "Dioura de Kharakhéna": ("Dioura de Kharakhéna", "Kharakhéna dioura"),
    "Dioura de Fongoli": ("Dioura de Fongoli", "Fongoli dioura"),
    "Zone aurifère de Diyabougou": ("Zone aurifère de Diyabougou", "Diyabougou gold zone"),
    "Mako (installations classées, envelope NW-SE)": (
        "Mako (installations classées, enveloppe NO-SE)",
        "Mako (classified installations, NW-SE envelope)",
    ),
    # crossings
    "Fongolimbi - first Senegalese customs/police post on the Labé-Kédougou road": (
        "Fongolimbi : premier poste de douane et de police sénégalais sur la route Labé-Kédougou",
        "Fongolimbi: first Senegalese customs/police post on the Labé-Kédougou road",
    ),
    # roads
    "not stated": ("non précisé", "not stated"),
    "paved": ("revêtue", "paved"),
    "unpaved in 2018": ("non revêtue en 2018", "unpaved in 2018"),
    "unpaved (laterite; low bridges) in 2018": (
        "non revêtue (latérite ; ponts bas) en 2018",
        "unpaved (laterite; low bridges) in 2018",
    ),
    "unpaved (paving works launched 2023-11)": (
        "non revêtue (travaux de bitumage lancés en novembre 2023)",
        "unpaved (paving works launched in November 2023)",
    ),
    "unpaved ('aménagement' works launched 2023-11)": (
        "non revêtue (travaux d'aménagement lancés en novembre 2023)",
        "unpaved (improvement works launched in November 2023)",
    ),
    "unpaved in 2017; paving announced 2018 (status not confirmed)": (
        "non revêtue en 2017 ; bitumage annoncé en 2018 (non confirmé)",
        "unpaved in 2017; paving announced in 2018 (not confirmed)",
    ),
    "as BS-1 (2018 description of the Bransan-Kédougou axis)": (
        "comme BS-1 (description de 2018 de l'axe Bransan-Kédougou)",
        "as BS-1 (2018 description of the Bransan-Kédougou axis)",
    ),
    "118 km reconstructed (BOAD/IsDB, 43 bn FCFA); 55 km received Feb 2017; Dialacoto-Mako works to end Q1 2019": (
        "118 km reconstruits (BOAD/BID, 43 milliards de FCFA) ; 55 km réceptionnés en février 2017 ; "
        "travaux Dialacoto-Mako jusqu'à fin mars 2019",
        "118 km reconstructed (BOAD/IsDB, 43 bn FCFA); 55 km received in February 2017; Dialacoto-Mako works "
        "until the end of March 2019",
    ),
    "paved at Bembou in 2018 ('Bembou sur le goudron'); rehabilitation launched 2023-11-14": (
        "revêtue à Bembou en 2018 (« Bembou sur le goudron ») ; réhabilitation lancée le 14 novembre 2023",
        "paved at Bembou in 2018 ('Bembou sur le goudron'); rehabilitation launched on 14 November 2023",
    ),
    "project 'route Bembou-Khossanto-Sabodala-Kayan' launched 2023-11-14 (Programme Spécial de Désenclavement)": (
        "projet « route Bembou-Khossanto-Sabodala-Kayan » lancé le 14 novembre 2023 (Programme spécial de "
        "désenclavement)",
        "project 'route Bembou-Khossanto-Sabodala-Kayan' launched on 14 November 2023 (Programme Spécial de "
        "Désenclavement)",
    ),
    "section received before the 2015-2019 works (lequotidien.sn 2018); rehabilitation/reinforcement launched 2023-11-14": (
        "tronçon réceptionné avant les travaux de 2015-2019 (lequotidien.sn, 2018) ; réhabilitation et renforcement "
        "lancés le 14 novembre 2023",
        "section received before the 2015-2019 works (lequotidien.sn 2018); rehabilitation and reinforcement "
        "launched on 14 November 2023",
    ),
    "'travaux d'aménagement et de bitumage de la route Bandafassi-Dindéfélo' launched 2023-11-14": (
        "« travaux d'aménagement et de bitumage de la route Bandafassi-Dindéfélo » lancés le 14 novembre 2023",
        "'travaux d'aménagement et de bitumage de la route Bandafassi-Dindéfélo' launched on 14 November 2023",
    ),
    "asphalt concrete (6 cm béton bitumineux on cement-improved laterite base); works Nov 2018-2023; inaugurated 2023-11-14 at Darsalam": (
        "béton bitumineux de 6 cm sur base de latérite améliorée au ciment ; travaux de novembre 2018 à 2023 ; "
        "inaugurée le 14 novembre 2023 à Darsalam",
        "asphalt concrete (6 cm on a cement-improved laterite base); works November 2018-2023; inaugurated on "
        "14 November 2023 at Darsalam",
    ),
    "bridge Kédougou-Fongolémi over the Gambia inaugurated 2018; President ordered start of paving of Kédougou-Fongolémi (30 km) in 2018; 2017: 'une route valétudinaire', 1 h for 25 km": (
        "pont Kédougou-Fongolémi sur la Gambie inauguré en 2018 ; bitumage de Kédougou-Fongolémi (30 km) ordonné "
        "par le Président en 2018 ; 2017 : « une route valétudinaire », 1 h pour 25 km",
        "Kédougou-Fongolémi bridge over the Gambia inaugurated in 2018; the President ordered the paving of "
        "Kédougou-Fongolémi (30 km) in 2018; 2017: 'une route valétudinaire', 1 h for 25 km",
    ),
    "corridor Dakar-Bamako via Kédougou-Saraya-Moussala opened c. 2012-2013 (seneweb, PM Abdoul Mbaye); reported degrading 2017 between Niéméniké and Moussala; rehabilitation launched 2023-11-14": (
        "corridor Dakar-Bamako par Kédougou-Saraya-Moussala ouvert vers 2012-2013 (seneweb, Premier ministre "
        "Abdoul Mbaye) ; dégradé en 2017 entre Niéméniké et Moussala ; réhabilitation lancée le 14 novembre 2023",
        "Dakar-Bamako corridor via Kédougou-Saraya-Moussala opened c. 2012-2013 (seneweb, Prime Minister Abdoul "
        "Mbaye); reported degrading in 2017 between Niéméniké and Moussala; rehabilitation launched on 14 November 2023",
    ),
    "2018: cut by floods at the Khossanto, Mandankholing and Bembou streams; 2018 prefect: population's main demand is 'le bitumage de l'axe Bembou-Sabodala'; 'aménagement' of Bembou-Khossanto-Sabodala-Kayan launched 2023-11-14 (incl. ~10 km of paved crossings of villages)": (
        "2018 : coupée par les crues aux marigots de Khossanto, Mandankholing et Bembou ; le préfet en 2018 : la "
        "première demande de la population est « le bitumage de l'axe Bembou-Sabodala » ; aménagement de "
        "Bembou-Khossanto-Sabodala-Kayan lancé le 14 novembre 2023 (dont ~10 km de traversées de villages revêtues)",
        "2018: cut by floods at the Khossanto, Mandankholing and Bembou streams; the prefect in 2018: the "
        "population's main demand is 'le bitumage de l'axe Bembou-Sabodala'; improvement of "
        "Bembou-Khossanto-Sabodala-Kayan launched on 14 November 2023 (incl. ~10 km of paved village crossings)",
    ),
    # countries (the layer's names are English in the pack)
    "Gambia": ("Gambie", "Gambia"),
    "Guinea": ("Guinée", "Guinea"),
    "Guinea-Bissau": ("Guinée-Bissau", "Guinea-Bissau"),
    "Senegal": ("Sénégal", "Senegal"),
    "Gambia (Gambie)": ("Gambie", "Gambia"),
    # arrondissements, facilities, DCW roads (the pack's newest layers, issue 12)
    "CC BY 3.0 IGO (geoBoundaries metaData.json boundaryLicense)": (
        "CC BY 3.0 IGO (licence déclarée par geoBoundaries)",
        "CC BY 3.0 IGO (licence stated by geoBoundaries)",
    ),
    "healthsites.io (March 2020 download, afrimapr/afrihealthsites)": (
        "healthsites.io (téléchargement de mars 2020, afrimapr/afrihealthsites)",
        "healthsites.io (March 2020 download, afrimapr/afrihealthsites)",
    ),
    "OpenStreetMap nodes, 2019 (ObiWanLansi/GeoData)": (
        "points (nœuds) OpenStreetMap, 2019 (ObiWanLansi/GeoData)",
        "OpenStreetMap nodes, 2019 (ObiWanLansi/GeoData)",
    ),
    "healthsites.io point for an OSM way (building outline)": (
        "point healthsites.io d'un contour de bâtiment OSM",
        "healthsites.io point for an OSM way (building outline)",
    ),
    "OSM node": ("point (nœud) OSM", "OSM node"),
    "© OpenStreetMap contributors; healthsites.io": (
        "© les contributeurs d'OpenStreetMap ; healthsites.io",
        "© OpenStreetMap contributors; healthsites.io",
    ),
    "© OpenStreetMap contributors": ("© les contributeurs d'OpenStreetMap", "© OpenStreetMap contributors"),
    "public domain (US Government work, Digital Chart of the World); no licence file in the redistributing repository": (
        "domaine public (œuvre du gouvernement des États-Unis, Digital Chart of the World) ; "
        "pas de fichier de licence dans le dépôt qui la redistribue",
        "public domain (US Government work, Digital Chart of the World); no licence file in the redistributing repository",
    ),
    "secondary": ("secondaire", "secondary"),
    "Secondary Route": ("route secondaire", "secondary route"),
}

# --- phrases inside citations (sources, reporting) -----------------------------------------------
_DEV = re.compile(r",? read with the read_file search tool")
_WOF_POINT = re.compile(r"; point src:geom=(\w+), GeoNames (\d+)")
PHRASES: list[tuple[re.Pattern[str], str, str | None]] = [
    # arrondissements (geoBoundaries)
    (
        re.compile(r"\(boundaryID ([^,]+), year (\d{4}), source Government of Senegal / OCHA ROWCA\)"),
        r"(identifiant \1, année \2, source : Gouvernement du Sénégal / OCHA ROWCA)",
        None,
    ),
    (
        re.compile(r", releaseData/\S+/([^/,]+), repository (\S+) commit (\w+); shapeID (\S+)$"),
        r" ; fichier \1, dépôt \2 (commit \3) ; forme \4",
        None,
    ),
    # facilities (healthsites.io, OpenStreetMap)
    (
        re.compile(r"^healthsites\.io record (\w+) = OSM way (\d+);"),
        r"healthsites.io, fiche \1 = contour OSM \2 ;",
        None,
    ),
    (
        re.compile(r"^healthsites\.io record (\w+) = OSM node (\d+);"),
        r"healthsites.io, fiche \1 = point OSM \2 ;",
        None,
    ),
    (re.compile(r"^OSM node (\d+);"), r"point OSM \1 ;", None),
    (re.compile(r" row (\d+)$"), r", ligne \1", None),
    (re.compile(r"\(commit (\w+), database built (\d{4}-\d{2}-\d{2})\)"), r"(commit \1, base construite le \2)", None),
    # DCW roads
    (re.compile(r" record (\d+) \(commit (\w+)\)$"), r", enregistrement \1 (commit \2)", None),
    (re.compile(r"\(Mali border\)"), "(frontière malienne)", None),
    (re.compile(r"\(towards ([^)]+)\)"), r"(vers \1)", None),
    (_WOF_POINT, r" ; point : \1, GeoNames \2", r"; point: \1, GeoNames \2"),
    (re.compile(r"; position: places\.geojson '([^']+)'"), r" ; position : lieu « \1 »", r"; position: place '\1'"),
    (re.compile(r"Who's On First record "), "Who's On First, fiche ", "Who's On First record "),
    (re.compile(r"^same mémoire"), "même mémoire", "same mémoire"),
    (re.compile(r"wording quoted in Land Matrix deal #"), "texte cité par Land Matrix, transaction n° ", None),
    (re.compile(r"\(~17\.5 km SE of Mako mine\)"), "(~17,5 km au SE de la mine de Mako)", None),
    (re.compile(r"\(trafficking victims removed\)"), "(victimes de traite soustraites)", None),
    (
        re.compile(r"\(La Lumière: victims from Mouran; Saraya\)"),
        "(La Lumière : victimes venues de Mouran ; Saraya)",
        None,
    ),
    (
        re.compile(r"\(APS 2023-10: victims from Diyabougou placed at Saraya\)"),
        "(APS, oct. 2023 : victimes de Diyabougou accueillies à Saraya)",
        None,
    ),
    (re.compile(r"\(Mamakono gold sector\)"), "(secteur aurifère de Mamakono)", None),
    (re.compile(r" from the village\)"), " depuis le village)", None),
    (re.compile(r"\(2017 reportage "), "(reportage de 2017 ", None),
    (re.compile(r"\(2020: Kolia "), "(2020 : Kolia ", None),
    (
        re.compile(r" on the Mali border, separated from the Malian village by the river\)"),
        " à la frontière malienne, séparé du village malien par le fleuve)",
        None,
    ),
    (re.compile(r" and afrique-sur7"), " et afrique-sur7", None),
    (re.compile(r"\('88 km from Kédougou town'\)"), "(« à 88 km de la ville de Kédougou »)", None),
    (re.compile(r"\('20km east of Mako'\)"), "(« à 20 km à l'est de Mako »)", None),
    (
        re.compile(r"\('Bantako, 5 km from Tomboronkoto, on the Gambia river'\)"),
        "(« Bantako, à 5 km de Tomboronkoto, sur le fleuve Gambie »)",
        None,
    ),
    (
        re.compile(r"\('Moura and Sambarabougou permits \.\.\. ~70 km NE of Kedougou'\)"),
        "(« permis de Moura et Sambarabougou… à ~70 km au NE de Kédougou »)",
        None,
    ),
    (re.compile(r"\(Nov-2022\)"), "(nov. 2022)", "(Nov 2022)"),
    (re.compile(r"\(APS Oct-2023\)"), "(APS, oct. 2023)", "(APS, Oct 2023)"),
    (re.compile(r"APS 28-Feb-2025"), "APS 28 févr. 2025", "APS 28 Feb 2025"),
    (re.compile(r"RNS 24-Jan-2024"), "RNS du 24 janv. 2024", "RNS 24 Jan 2024"),
    (re.compile(r" infobox "), " infobox ", None),
    (re.compile(r"\(wiki\.livda\.fr mirror, "), "(miroir wiki.livda.fr, ", None),
    (
        re.compile(r"^GeoNames via npm cities\.json@[\d.]+ \(entry '([^']+)', (\w+)\)"),
        r"GeoNames (entrée « \1 », \2)",
        r"GeoNames (entry '\1', \2)",
    ),
]


@lru_cache(maxsize=4096)
def translate(text: str) -> tuple[str, str]:
    """(French, English) of one value: a whole-value translation, else the citation phrases replaced."""
    if text in EXACT:
        return EXACT[text]
    french = english = _DEV.sub("", text)
    for pattern, fr, en in PHRASES:
        french = pattern.sub(fr, french)
        if en is not None:
            english = pattern.sub(en, english)
    return french, english


def in_language(text: str, lang: str) -> str:
    """`text` in `lang` ("fr" or "en"; anything else reads French)."""
    french, english = translate(text)
    return english if lang == "en" else french


_AREA = re.compile(r"\s*([\d.,]+)\s*(km2|ha)\s*")


def area_parts(text: str) -> tuple[float, str] | None:
    """'39,7 km2' / '245.6 km2' / '50 ha' → (39.7, "km²"); None for anything else."""
    match = _AREA.fullmatch(text)
    if not match:
        return None
    return float(match.group(1).replace(",", ".")), "km²" if match.group(2) == "km2" else "ha"
