"""``python -m comments.report``: the same as ``comments report``."""

import sys

from comments.cli.report import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m comments.report"))
