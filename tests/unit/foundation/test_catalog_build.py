"""The wheel carries compiled catalogs: setup.py's build hook turns every .po into the .mo gettext reads."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import atlas

ROOT = Path(atlas.__file__).resolve().parents[2]  # the checkout: pyproject.toml, setup.py, src/


def test_the_wheel_holds_a_compiled_catalog_per_language(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, project / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.mo")
    shutil.copytree(ROOT / "src", project / "src", ignore=ignore)  # a clean copy: no .mo to start from
    out = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(project)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        compiled = {lang: archive.read(f"atlas/foundation/locale/{lang}/LC_MESSAGES/atlas.mo") for lang in ("fr", "en")}
    assert "atlas/foundation/locale/atlas.pot" in names
    french = gettext.GNUTranslations(io.BytesIO(compiled["fr"]))
    english = gettext.GNUTranslations(io.BytesIO(compiled["en"]))
    assert french.gettext("map.legend") == "Légende" and english.gettext("map.legend") == "Legend"
    assert french.ngettext("map.features_drawn", "map.features_drawn", 0) == "{n} objet affiché"
    assert english.ngettext("map.features_drawn", "map.features_drawn", 0) == "{n} features drawn"
