"""The risk page's transnational lens (AppTest): the table by victims' origin, in the page's language."""

from __future__ import annotations

import pytest

from atlas.features.risk.analysis.api import latest_release
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number


@pytest.mark.parametrize(
    ("lang", "nigeria", "senegal", "fewer"),
    [("fr", "Nigéria", "Sénégal", "moins de 10"), ("en", "Nigeria", "Senegal", "fewer than 10")],
)
def test_the_origin_table_is_shown_whole_in_the_page_language(run_script, lang, nigeria, senegal, fewer):
    release = latest_release()
    at = run_script("app_pages/risk.py", lang, period="2024")
    assert not at.exception
    assert t("risk.origin.title", lang) in [h.value for h in at.subheader]
    tables = [d for d in at.dataframe if t("risk.origin.col", lang) in d.value.columns]
    assert len(tables) == 1
    table = tables[0].value
    names = list(table.iloc[:, 0])
    assert names[0] == nigeria and senegal in names and names[-1] == t("risk.origin.all", lang)
    assert len(table) == len(release.meta["origins"]) + 1  # every group and the total, nothing cut
    cells = table.iloc[:, 1:].to_numpy().ravel().tolist()
    assert fewer in cells and "< 10" not in cells  # suppressed cells in words
    region_2024 = table.loc[table.iloc[:, 0] == t("risk.origin.all", lang), t("risk.period.year", lang, year="2024")]
    value = release.origins.set_index(["origin", "period"]).loc[("all", "2024"), "value"]
    assert region_2024.item() == number(int(value), lang)
    captions = [c.value for c in at.caption]
    assert t("risk.origin.coarsened", lang, k=10) in captions
    assert t("risk.origin.framing", lang) in [m.value for m in at.markdown]
    other_words = {"fr": "Other countries", "en": "Autres pays"}[lang]
    assert other_words not in names
