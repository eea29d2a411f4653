"""Render every development-set page through real HTML-to-text converters.

Each ``html/<page>.html`` becomes ``text/<page>.<converter>.txt`` for every converter in
:data:`CONVERTERS`. The outputs are committed: the parser is tested on them, so they must
not change unless a page or a converter changes. Re-run after adding or editing a page::

    .venv/bin/python -m tests.devset.render           # (re)write text/
    .venv/bin/python -m tests.devset.render --check   # exit 1 if text/ is out of date

External programs run with an argument list (no shell), a fixed environment and an empty
temporary HOME, so user configuration (~/.lynxrc, ~/.w3m) cannot change the output.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML_DIR = HERE / "html"
TEXT_DIR = HERE / "text"
VERSIONS_FILE = TEXT_DIR / "VERSIONS.txt"

WIDTH = 80

# Command lines for the terminal browsers; the HTML path is appended last.
W3M_ARGS = ("w3m", "-dump", "-cols", str(WIDTH), "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8")
LYNX_ARGS = (
    "lynx",
    "-dump",
    f"-width={WIDTH}",
    "-assume_charset=UTF-8",
    "-display_charset=UTF-8",
    "-nocolor",
)
LYNX_NOLIST_ARGS = (*LYNX_ARGS, "-nolist")

VERSION_COMMANDS = {
    "w3m": ("w3m", "-version"),
    "lynx": ("lynx", "-version"),
}

# A rendered file that mentions a local path would differ between machines: every link
# in the pages must be absolute (lynx turns even "#fragment" links into file:// URLs).
FORBIDDEN_IN_OUTPUT = ("file://",)


def fixed_env(home: str) -> dict[str, str]:
    """The whole environment the converters see: no inherited locale or config.

    >>> fixed_env("/tmp/h")["LANG"], fixed_env("/tmp/h")["HOME"]
    ('C.UTF-8', '/tmp/h')
    """
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": home,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "COLUMNS": str(WIDTH),
        "TERM": "dumb",
    }


def run_program(args: tuple[str, ...], html_path: Path, home: str) -> str:
    """Run one terminal converter on one file and return its stdout as text."""
    done = subprocess.run(
        [*args, str(html_path)],
        env=fixed_env(home),
        cwd=home,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def html2text_render(html: str, body_width: int) -> str:
    """html2text (PyPI) with its defaults except the wrap width (0 = no wrapping).

    >>> text = html2text_render("<h1>T</h1><p><a href='https://x.example/'>Ann</a> says:</p>", 0)
    >>> print(text.strip())
    # T
    <BLANKLINE>
    [Ann](https://x.example/) says:
    """
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = body_width
    return converter.handle(html)


def inscriptis_render(html: str) -> str:
    """inscriptis (PyPI) with its default configuration.

    >>> print(inscriptis_render("<ul><li>Ann says:<ul><li>Bob says:</li></ul></li></ul>"))
      * Ann says:
          + Bob says:
    """
    from inscriptis import get_text

    return get_text(html)


Renderer = Callable[[Path, str], str]


def _program(args: tuple[str, ...]) -> Renderer:
    return lambda path, home: run_program(args, path, home)


def _library(render: Callable[[str], str]) -> Renderer:
    return lambda path, _home: render(path.read_text(encoding="utf-8"))


CONVERTERS: dict[str, Renderer] = {
    "w3m": _program(W3M_ARGS),
    "lynx": _program(LYNX_ARGS),
    "lynx_nolist": _program(LYNX_NOLIST_ARGS),
    "html2text": _library(lambda html: html2text_render(html, body_width=0)),
    "html2text_wrap": _library(lambda html: html2text_render(html, body_width=78)),
    "inscriptis": _library(inscriptis_render),
}


def converter_versions(home: str) -> str:
    """One line per converter naming its version, committed next to the outputs."""
    from importlib.metadata import version

    lines = []
    for name, args in VERSION_COMMANDS.items():
        out = subprocess.run(
            list(args), env=fixed_env(home), cwd=home, capture_output=True, check=True
        ).stdout.decode("utf-8", "replace")
        lines.append(f"{name}: {out.strip().splitlines()[0]}")
    lines.append(f"html2text: {version('html2text')}")
    lines.append(f"inscriptis: {version('inscriptis')}")
    return "\n".join(lines) + "\n"


def render_all() -> dict[Path, str]:
    """Every output file's path and text, rendered fresh."""
    outputs: dict[Path, str] = {}
    with tempfile.TemporaryDirectory(prefix="devset-home-") as home:
        for html_path in sorted(HTML_DIR.glob("*.html")):
            for name, render in CONVERTERS.items():
                text = render(html_path, home)
                for bad in FORBIDDEN_IN_OUTPUT:
                    if bad in text:
                        raise SystemExit(
                            f"{html_path.name}: {name} output contains {bad!r}; "
                            "make every link in the page absolute"
                        )
                outputs[TEXT_DIR / f"{html_path.stem}.{name}.txt"] = text
        outputs[VERSIONS_FILE] = converter_versions(home)
    return outputs


def stale_files(outputs: dict[Path, str]) -> list[str]:
    """Names of files in text/ that differ from, are missing from, or are not in ``outputs``.

    >>> "no_such_page.w3m.txt" in stale_files({TEXT_DIR / "no_such_page.w3m.txt": "x"})
    True
    """
    stale = [
        path.name
        for path, text in outputs.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    stale += [p.name for p in TEXT_DIR.glob("*.txt") if p not in outputs]
    return sorted(stale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report files in text/ that are out of date"
    )
    args = parser.parse_args(argv)
    outputs = render_all()
    if args.check:
        stale = stale_files(outputs)
        for name in stale:
            print(f"out of date: text/{name}")
        return 1 if stale else 0
    TEXT_DIR.mkdir(exist_ok=True)
    for path in TEXT_DIR.glob("*.txt"):
        if path not in outputs:
            path.unlink()
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    pages = len(list(HTML_DIR.glob("*.html")))
    print(f"rendered {pages} pages x {len(CONVERTERS)} converters into {TEXT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
