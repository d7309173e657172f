"""Compile the translation catalogs (.po → .mo) while the package is built.

Everything else about the package is in pyproject.toml. This hook exists because a wheel must carry
compiled catalogs (gettext reads .mo files) while the repository keeps only the .po sources that
translators edit.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in Path(self.build_lib, "atlas", "foundation", "locale").glob("*/LC_MESSAGES/*.po"):
            with po.open("rb") as source:
                catalog = read_po(source)
            with po.with_suffix(".mo").open("wb") as target:
                write_mo(target, catalog, use_fuzzy=False)


setup(cmdclass={"build_py": BuildWithCatalogs})
