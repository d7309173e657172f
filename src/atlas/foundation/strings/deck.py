"""Strings of the meeting deck (features/deck), presentation mode and the meeting layout."""

STRINGS: dict[str, tuple[str, str]] = {
    "page.deck": ("Présentation de réunion", "Meeting deck"),
    "deck.title": ("Présentation de réunion", "Meeting deck"),
    "deck.intro": (
        "Les vues ajoutées depuis les pages Carte, Risque, Tournées et RSE, dans l'ordre de la réunion. "
        "Rien n'est enregistré sur le serveur : la présentation vit dans cette session et dans son lien.",
        "Views added from the Map, Risk, Outreach and CSR pages, in meeting order. Nothing is stored on "
        "the server: the deck lives in this session and in its link.",
    ),
    "deck.empty": (
        "La présentation est vide. Sur une page (Carte, Risque, Tournées, RSE), utilisez « Ajouter à la "
        "présentation » dans le panneau latéral, ou ouvrez un fichier de présentation ci-dessous.",
        "The deck is empty. On a page (Map, Risk, Outreach, CSR), use “Add to the deck” in the side panel, "
        "or open a deck file below.",
    ),
    "deck.add": ("Ajouter à la présentation", "Add to the deck"),
    "deck.add.title": ("Titre de la vue", "View title"),
    "deck.add.button": ("Ajouter cette vue", "Add this view"),
    "deck.add.help": (
        "La vue (le lien de la page) est ajoutée à la présentation de réunion de cette session.",
        "The view (the page's link) is added to this session's meeting deck.",
    ),
    "deck.added": ("Vue ajoutée : {n} dans la présentation.", "View added: {n} in the deck."),
    "deck.full": (
        "La présentation est pleine ({n} vues au plus) : retirez-en une d'abord.",
        "The deck is full (at most {n} views): remove one first.",
    ),
    "deck.count": ("{n} vue(s) dans la présentation", "{n} view(s) in the deck"),
    "deck.view.label": ("Vue {n} — {page}", "View {n} — {page}"),
    "deck.up": ("Monter", "Move up"),
    "deck.down": ("Descendre", "Move down"),
    "deck.remove": ("Retirer", "Remove"),
    "deck.open": ("Ouvrir la page", "Open the page"),
    "deck.present": ("Présenter", "Present"),
    "deck.present.help": (
        "Plein écran, une vue à la fois. Page suivante / précédente : touches Page↓ / Page↑ (ou → / ←), "
        "Échap pour quitter.",
        "Full screen, one view at a time. Next / previous: Page Down / Page Up (or → / ←), Esc to leave.",
    ),
    "deck.present.next": ("Suivante", "Next"),
    "deck.present.previous": ("Précédente", "Previous"),
    "deck.present.exit": ("Quitter", "Leave"),
    "deck.present.position": ("Vue {n} sur {total}", "View {n} of {total}"),
    "deck.share.link": (
        "Le lien de cette page contient toute la présentation : copiez l'adresse pour la partager.",
        "This page's link holds the whole deck: copy the address to share it.",
    ),
    "deck.download.pdf": ("PDF (une page par vue)", "PDF (one page per view)"),
    "deck.download.file": ("Fichier (.json)", "File (.json)"),
    "deck.upload": ("Ouvrir un fichier de présentation", "Open a deck file"),
    "deck.upload.instructions": (
        "Glissez ici un fichier de présentation (.json, 64 Ko max.)",
        "Drop a deck file here (.json, at most 64 KB)",
    ),
    "deck.clear": ("Vider la présentation", "Empty the deck"),
    "deck.refused.not_a_deck": (
        "Ce lien ou ce fichier n'est pas une présentation de l'Atlas : il a été ignoré.",
        "This link or file is not an Atlas deck: it was ignored.",
    ),
    "deck.refused.too_long": (
        "Le lien de présentation est trop long : il a été ignoré.",
        "The deck link is too long: it was ignored.",
    ),
    "deck.refused.too_large": (
        "Le fichier de présentation est trop gros (64 Ko au plus) : il a été ignoré.",
        "The deck file is too large (at most 64 KB): it was ignored.",
    ),
    "deck.dropped": (
        "{n} vue(s) inconnue(s) ou en trop ont été écartées.",
        "{n} unknown or surplus view(s) were left out.",
    ),
    "deck.fig.stops": ("Étapes", "Stops"),
    "deck.fig.distance": ("Distance", "Distance"),
    "deck.fig.driving": ("Temps de route", "Driving time"),
    "deck.fig.days": ("Jours", "Days"),
    "deck.csr.custom_weights": (
        "Classement avec des poids personnalisés (pas les poids par défaut).",
        "Ranking with custom weights (not the default weights).",
    ),
    "deck.pdf.title": ("Atlas de Kédougou — présentation de réunion", "Kédougou Atlas — meeting deck"),
    "deck.pdf.page": ("page {n}", "page {n}"),
    "deck.pdf.no_map": ("Pas de carte pour cette vue.", "No map for this view."),
    # presentation mode of the map page
    "present.enter": ("Mode présentation", "Presentation mode"),
    "present.enter.help": (
        "Carte plein écran, grande légende, sans panneau latéral (Échap pour quitter).",
        "Full-screen map, large legend, no side panel (Esc to leave).",
    ),
    "present.exit": ("Quitter le mode présentation", "Leave presentation mode"),
}
