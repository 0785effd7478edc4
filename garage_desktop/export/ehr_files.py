"""The month's electronic health records as files for the provincial platform: JSON (a list, one record per
settled order) or CSV (flat, one row per repair item or part; UTF-8 with a byte-order mark so a spreadsheet
program opens the Chinese text right)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _replace(out: Path, write: Any) -> None:
    """Write beside ``out`` then rename: a file left half-written (disk full) never takes the old one's place."""
    partial = out.with_name(f".{out.name}.partial")
    try:
        write(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def save_json(records: Sequence[dict[str, Any]], out: Path) -> None:
    """The records as a JSON list, UTF-8, Chinese as itself (not \\u escapes)."""
    text = json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"
    _replace(out, lambda path: path.write_text(text, encoding="utf-8"))


def save_csv(header: Sequence[str], rows: Sequence[Sequence[str]], out: Path) -> None:
    """A header row and the rows as CSV (UTF-8 with BOM, CRLF line ends as spreadsheet programs expect)."""

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)

    _replace(out, write)
