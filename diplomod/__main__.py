"""``python -m diplomod``: the command line."""

import sys

from diplomod.cli import main

if __name__ == "__main__":
    sys.exit(main())
