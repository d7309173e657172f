"""The large legend of presentation mode: every text escaped, colours checked (deck data are hostile)."""

from __future__ import annotations

from atlas.features.deck.web.present import big_legend_html


def test_labels_figures_and_warnings_are_escaped_and_colours_checked():
    html = big_legend_html(
        "Légende",
        [("#c0392b", "<script>alert(1)</script>"), ("red;background:url(//x)", "   sous-classe"), ("#zzz", "x")],
        "Chiffres clés",
        [("<b>Sites</b>", "7")],
        ["<img src=x onerror=alert(1)>"],
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "<b>Sites</b>" not in html
    assert "url(" not in html and "#zzz" not in html
    assert html.count("background:#999999") == 2  # the two bad colours fall back to grey
    assert "background:#c0392b" in html
    assert "class='class'" in html  # an indented class row stays a class row
    assert html.index("warn") < html.index("Chiffres clés")  # warnings come first, in sight
