"""``benchmarks/bench_ui.py``'s memory part (issue 20) on a tiny generated garage: every dialog and screen it opens
from the real window is opened and closed, and none is left alive afterwards."""

from __future__ import annotations

from tests.ui.test_bench_ui import bench  # the fixture

__all__ = ["bench"]


def test_every_dialog_opened_from_the_window_is_gone_once_closed(bench) -> None:  # type: ignore[no-untyped-def]
    bench_ui, driver, data = bench
    result = bench_ui.memory(driver, data, 60, 2)
    assert result["alive"] == {}  # a closed dialog does not stay alive
    without_dialog = {"the 12 tabs", "month-end workbook"}
    assert [name for name, kinds in result["opened"].items() if not kinds and name not in without_dialog] == []
    assert "PrintPreviewDialog" in result["opened"]["preview: work order"]
