"""Escaping for anything that goes into a Leaflet popup, tooltip or raw HTML block.

folium does not escape: `Tooltip(str)` is a JS template literal (so `${…}` runs), `GeoJsonTooltip`
writes values as HTML and `</script>` breaks out of the page script. html.escape alone leaves the
backtick, dollar and backslash, which matter inside template literals.
"""

from __future__ import annotations

import html
import math

_EXTRA = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def escape(value: object) -> str:
    """Text safe inside HTML, attribute values and JS template literals. None/NaN become ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return html.escape(str(value), quote=True).translate(_EXTRA)
