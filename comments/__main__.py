"""``python -m comments``: the same as the ``comments`` command."""

import sys

from comments.cli import main

if __name__ == "__main__":
    sys.exit(main())
