"""What the `atlas` commands print is cleaned of terminal control characters.

A command echoes names, file names, provenance and arguments that came from files and people. A
crafted name such as `\\x1b]0;owned\\x07` would retitle the terminal; other escapes move the cursor,
erase the screen, recolour or hide text, and a bidi override (U+202E) reorders what the eye reads.
`clean()` removes them; `cleaned_output()` puts a cleaning wrapper on stdout and stderr for the
whole command, so argparse's own errors ("invalid choice: …"), tables and tracebacks are covered
without each `print` remembering to call it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F, which include the 8-bit CSI
# and OSC), and the Unicode bidi embeddings, overrides, isolates and marks.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """`text` without control characters (newline and tab kept); what is left of an escape stays visible."""
    return _CONTROLS.sub("", text)


class CleanStream:
    """A text stream that writes `clean(text)` to the stream it wraps; everything else is delegated."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)  # what the caller handed over counts as written

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def isatty(self) -> bool:
        return False  # colour codes would be stripped anyway: let libraries leave them out

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextmanager
def cleaned_output() -> Iterator[None]:
    """For the duration of a command, stdout and stderr drop control characters."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(saved[0]), CleanStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
