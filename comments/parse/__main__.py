"""``python -m comments.parse``: the same as ``comments parse`` (an entry point only)."""

import sys

from comments.cli.parse import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m comments.parse"))
