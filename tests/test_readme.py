"""The README's example output is what the code prints today (datasette's rule: docs that
show real output are regenerated from the code, and a test keeps them from drifting)."""

from pathlib import Path

from wirecoder.readme_example import readme_block

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_example_output_is_current(coder):
    assert readme_block(coder) in README.read_text(encoding="utf-8"), (
        "README example is stale: run `.venv/bin/python -m wirecoder.readme_example README.md`")
