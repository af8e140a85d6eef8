"""``python -m errkb``: the command line."""

import sys

from errkb.cli import main

sys.exit(main())
