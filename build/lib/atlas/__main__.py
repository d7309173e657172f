"""`python -m atlas …` is the `atlas` command (for environments without the console script)."""

import sys

from atlas.cli import main

sys.exit(main())
