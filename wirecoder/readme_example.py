"""The README's example: our own paragraph and the tables `wirecoder code --format table`
prints for it, regenerated from the code so the README never drifts (a test checks it).

Regenerate with: .venv/bin/python -m wirecoder.readme_example README.md
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from wirecoder.ingest.article import Article
from wirecoder.stances.positions import aggregate
from wirecoder.tables import events_table, pledges_table, stance_matrix_table

if TYPE_CHECKING:
    from wirecoder.coder import Coder

EXAMPLE = ("Italy will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said on "
           "Tuesday, but her government could help monitor a ceasefire. Britain and France "
           "pledged to deploy troops once a truce is in place. The Kremlin rejected the plan and "
           "warned that any Western troops would be treated as legitimate targets.")
DATE = "2025-09-05"
START, END = "<!-- example-output:start -->", "<!-- example-output:end -->"
WIDTH = 100


def example_output(coder: Coder) -> str:
    """The tables for the example paragraph, as plain text at a fixed width."""
    result = next(coder.code_articles([Article(id="example", text=EXAMPLE, date=DATE)]))
    buffer = io.StringIO()
    console = Console(file=buffer, width=WIDTH, color_system=None, force_terminal=False)
    console.print(events_table(e.to_dict() for e in result.events))
    console.print(stance_matrix_table(s.to_dict() for s in aggregate(result.stances)))
    console.print(pledges_table(c.to_dict() for c in result.commitments))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def readme_block(coder: Coder) -> str:
    """The README section between the markers, fenced."""
    return f"{START}\n```\n{example_output(coder)}\n```\n{END}"


def update(readme: Path, coder: Coder) -> bool:
    """Rewrite the README's example block; True if it changed."""
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    new = head + readme_block(coder) + tail
    readme.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    from wirecoder.coder import Coder

    changed = update(Path(sys.argv[1] if len(sys.argv) > 1 else "README.md"), Coder())
    print("README example updated" if changed else "README example already current")
