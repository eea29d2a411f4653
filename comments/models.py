"""``python -m comments.models``: the same as ``comments models`` (an entry point only;
model folders themselves are :mod:`comments.scoring.model_folders`)."""

import sys

from comments.cli.models import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m comments.models"))
