"""`atlas data template` and `atlas data xlsform`: the blank files partners fill (kept apart from the store commands).

atlas data template LAYER [--lang fr|en] --out FILE   the XLSX import template of a layer
atlas data xlsform FORM --out FILE                    a KoboToolbox form (XLSForm) for field collection
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from atlas.features.data.analysis.template_columns import template_layers
from atlas.features.data.reports.templates import template_xlsx
from atlas.features.data.reports.xlsform import FORMS, xlsform_xlsx
from atlas.foundation.config import LANGUAGES
from atlas.foundation.files import write_atomic


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the two commands to `atlas data`'s sub-commands."""
    tpl = sub.add_parser("template", help="write a layer's XLSX import template (headers, lists, guide, provenance)")
    tpl.add_argument("layer", choices=template_layers())
    tpl.add_argument("--lang", choices=LANGUAGES, default=LANGUAGES[0], help="language of the headers and guide")
    tpl.add_argument("--out", type=Path, required=True)
    form = sub.add_parser("xlsform", help="write a KoboToolbox form (XLSForm, French and English) for field collection")
    form.add_argument("form", choices=FORMS)
    form.add_argument("--out", type=Path, required=True)


def _template(args: argparse.Namespace) -> int:
    write_atomic(args.out, template_xlsx(args.layer, args.lang))
    print(f"wrote the {args.lang} import template of {args.layer} to {args.out}")
    return 0


def _xlsform(args: argparse.Namespace) -> int:
    write_atomic(args.out, xlsform_xlsx(args.form))
    print(f"wrote the KoboToolbox form {args.form} to {args.out} (upload it as an XLSForm)")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"template": _template, "xlsform": _xlsform}
