"""``garage-desktop ehr export``: the month's health records as JSON or CSV; orders with problems left out, named
on stderr, with exit code 3; refusals with exit code 1; the database only read."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from garage_desktop.__main__ import main
from garage_desktop.db.engine import Database
from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import ehr
from tests.integration.test_cli import _run
from tests.integration.test_ehr import register_garage, settled, vin_for
from tests.integration.test_paperwork_truth import Walk, order_through, stocked_part

S = OrderStatus


@pytest.fixture
def walk(db: Database, people: dict[Role, int]) -> Walk:
    return Walk(db, people)


def export(db: Database, out: Path, *more: str, month: str = "2026-11") -> int:
    return main(["ehr", "export", "--month", month, "--db", db.url, "--out", str(out), *more])


def november(walk: Walk) -> tuple[int, int]:
    """Two orders settled in November 2026: one ready (with a part), one without a VIN; one in October."""
    register_garage(walk)
    part = stocked_part(walk)
    walk.at(datetime(2026, 10, 30, 9, 0))
    settled(walk, plate="粵A40001")
    walk.at(datetime(2026, 11, 20, 9, 0))
    ready = settled(walk, plate="粵A40002", parts=(part,))
    missing_vin = settled(walk, plate="粵A40003", vin="")
    order_through(walk, S.READY, plate="粵A40004", vin=vin_for("粵A40004"))  # not settled: not in the month
    return ready, missing_vin


def test_json_holds_the_ready_orders_and_names_those_left_out(walk: Walk, db: Database, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    ready, missing_vin = november(walk)
    out = tmp_path / "2026-11.json"
    assert export(db, out) == 3
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records == [walk.read(ehr.record, ready)]
    assert "粤A40002" in out.read_text(encoding="utf-8")  # Chinese as itself, not \u escapes
    err = capsys.readouterr()
    no = walk.read(lambda s, i: s.get(RepairOrder, i).order_no, missing_vin)
    assert f"left out {no} 粤A40003: Enter the VIN (the platform needs it). (fix in: intake)" in err.err
    assert "1 orders, 1 left out" in err.out


def test_every_order_ready_exits_0_and_an_empty_month_writes_an_empty_list(walk: Walk, db: Database,
                                                                          tmp_path: Path) -> None:
    register_garage(walk)
    walk.at(datetime(2026, 11, 3, 9, 0))
    settled(walk, plate="粵A41001")
    assert export(db, tmp_path / "nov.json") == 0
    assert len(json.loads((tmp_path / "nov.json").read_text(encoding="utf-8"))) == 1
    assert export(db, tmp_path / "dec.json", month="2026-12") == 0
    assert json.loads((tmp_path / "dec.json").read_text(encoding="utf-8")) == []


def test_csv_has_one_row_per_repair_item_or_part(walk: Walk, db: Database, tmp_path: Path) -> None:
    ready, _ = november(walk)
    out = tmp_path / "2026-11.csv"
    assert export(db, out, "--csv") == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet program reads it as UTF-8
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    record = walk.read(ehr.record, ready)
    assert [row["list"] for row in rows] == ["repairprojectlist"] * 2 + ["vehiclepartslist"] * 2
    assert all(row["costlistcode"] == record["basicInfo"]["costlistcode"] for row in rows)
    assert [(r["repairproject"], r["workinghours"], r["partsname"]) for r in rows[:2]] == [
        ("更換機油機濾", "0.5", ""), ("檢查怠速抖動並清洗節氣門", "1.25", "")]
    assert (rows[2]["repairproject"], rows[2]["partsname"], rows[2]["partscode"], rows[2]["partsquantity"]) == (
        "", "節氣門清洗劑", "BY-001", "1")
    assert list(rows[0])[:8] == list(record["basicInfo"])


def test_refusals_exit_1_and_bad_arguments_2(tmp_path: Path, db: Database,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ehr", "export", "--month", "2026-11", "--db", str(tmp_path / "none.sqlite3"),
                 "--out", str(tmp_path / "x.json")]) == 1
    assert "there is no database file" in capsys.readouterr().err
    assert export(db, tmp_path / "no-folder" / "x.json") == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        export(db, tmp_path / "x.json", month="2026-13")
    assert bad.value.code == 2


def test_a_mapping_file_gone_missing_is_a_refusal_not_a_traceback(walk: Walk, db: Database, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    province = tmp_path / "province.json"
    province.write_text(Path(ehr.default_fields_file()).read_text(encoding="utf-8"), encoding="utf-8")
    walk(Role.OWNER, ehr.set_fields_file, str(province))
    province.unlink()
    assert export(db, tmp_path / "x.json") == 1
    assert "cannot be used" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_the_installed_command_runs(tmp_path: Path) -> None:
    """As a script calls it: a process, on the demo garage."""
    database = tmp_path / "demo.sqlite3"
    made = _run(tmp_path, "demo", "--db", str(database), "--orders", "30", timeout=300)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "month.json"
    done = _run(tmp_path, "ehr", "export", "--month", f"{datetime.now():%Y-%m}", "--db", str(database),
                "--out", str(out))
    assert done.returncode in (0, 3), done.stderr
    assert "Traceback" not in done.stderr
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)
