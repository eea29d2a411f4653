"""The ``comments`` command, its old ``python -m`` spellings, and missing extras."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from comments.cli import main
from comments.errors import MissingExtraError
from comments.report import build_report
from comments.scoring.resolve import ToxicityFallbackWarning, resolve_toxicity
from comments.scoring.toxicity import ToxicityScorer

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "seeds" / "004_2d2668275a37dc01.txt")


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_subcommands_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", PAGE, "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("pages: 1 (1 parsed, 0 errors)")
    assert main([]) == 2
    assert "usage: comments {parse,run,report,models,convokit}" in capsys.readouterr().out
    assert main(["draw"]) == 2
    assert "unknown command 'draw'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("module", "prog"),
    [
        ("comments", "comments"),
        ("comments.parse", "python -m comments.parse"),
        ("comments.run", "python -m comments.run"),
        ("comments.report", "python -m comments.report"),
        ("comments.models", "python -m comments.models"),
    ],
)
def test_python_dash_m_spellings_still_work(module: str, prog: str) -> None:
    done = _python("-m", module, "--help")
    assert done.returncode == 0, done.stderr
    assert f"usage: {prog}" in done.stdout


def test_missing_report_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"drawing figures .* 'comments\[report\]'"):
        build_report([PAGE], toxicity=False)


def test_missing_toxicity_extra_names_it(
    tiny_models_root: Path, no_model_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingExtraError, match=r"'comments\[toxicity\]'"):
        ToxicityScorer("unbiased", model_dir=tiny_models_root / "unbiased")
    monkeypatch.setenv("COMMENTS_MODELS", str(tiny_models_root))
    with pytest.warns(ToxicityFallbackWarning, match=r"pip install 'comments\[toxicity\]'"):
        choice = resolve_toxicity(None)
    assert choice.name == "profanity-check"


def test_the_core_needs_no_extra(tmp_path: Path) -> None:
    """Parsing, VADER, the linear tier, tables and corpus runs, with every extra's
    modules unimportable (what ``pip install comments`` gives)."""
    script = f"""
import importlib.abc, sys
EXTRAS = ("torch", "transformers", "detoxify", "matplotlib", "ray")

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in EXTRAS:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)

sys.meta_path.insert(0, NotInstalled())
import comments
from comments.cli import main
corpus = comments.load_corpus({str(ROOT / "seeds")!r})
scores = comments.score_units(corpus.units, toxicity="profanity-check")
assert scores["toxicity"].null_count() == 1, scores  # a German pingback: English-only
assert main(["run", {str(ROOT / "seeds")!r}, "--out", {str(tmp_path / "run")!r},
             "--workers", "0", "--quiet"]) == 0
assert main(["report", "--from", {str(tmp_path / "run")!r}, "--out",
             {str(tmp_path / "fig")!r}, "--quiet"]) == 2
"""
    done = _python("-c", script)
    assert done.returncode == 0, done.stderr
    notes = done.stderr.splitlines()
    assert notes[0].startswith("note: Detoxify needs the 'toxicity' extra, which is not installed")
    assert notes[-1] == (
        "error: drawing figures needs matplotlib, which is not installed: "
        "pip install 'comments[report]'"
    )


def test_run_on_a_missing_path_exits_non_zero_like_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope")
    assert main(["parse", missing, "--quiet"]) == 1
    assert main(["run", missing, "--out", str(tmp_path / "run"), "--no-toxicity", "--quiet"]) == 1
    assert f"error: {missing}: no such file or folder" in capsys.readouterr().err
    both = [missing, PAGE, "--out", str(tmp_path / "run2"), "--workers", "0", "--quiet"]
    assert main(["run", *both, "--no-toxicity"]) == 0  # one page parsed: like parse


@pytest.mark.parametrize("command", ["run", "report"])
def test_scoring_options_are_spelled_the_same_on_every_command(command: str) -> None:
    module = importlib.import_module(f"comments.cli.{command}")
    build = getattr(module, "build_parser", None)
    argv = ["seeds", "--out", "x", "--no-toxicity", "--all-languages"]
    args = build().parse_args(argv) if build else module.parse_args(argv)
    assert (args.toxicity_model, args.all_languages) == ("none", True)
    argv[3] = "--toxicity-model=none"
    args = build().parse_args(argv) if build else module.parse_args(argv)
    assert args.toxicity_model == "none"
