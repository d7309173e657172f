"""Allowed values several layers share (written once here, not in each module)."""

# Neighbouring countries of the Kédougou window: ISO 3166-1 alpha-3 → (French, English) names.
NEIGHBOURS: dict[str, tuple[str, str]] = {
    "GIN": ("Guinée", "Guinea"),
    "MLI": ("Mali", "Mali"),
    "GMB": ("Gambie", "Gambia"),
    "GNB": ("Guinée-Bissau", "Guinea-Bissau"),
    "MRT": ("Mauritanie", "Mauritania"),
    "SEN": ("Sénégal", "Senegal"),
}
