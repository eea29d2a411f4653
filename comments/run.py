"""``python -m comments.run``: the same as ``comments run`` (an entry point only)."""

import sys

from comments.cli.run import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m comments.run"))
