"""The database file: migrations build exactly the models, run once, refuse a newer file, never lose rows,
and store money as exact integers of 分 on a PC that may be switched off at the wall."""

from __future__ import annotations

import shutil
import textwrap
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from garage_desktop.db import audit_chain
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    MigrationBroke,
    SchemaTooNew,
    alembic_config,
    current_revision,
    render_item,
    upgrade,
)
from garage_desktop.db.models import (
    Appointment,
    AuditEvent,
    Base,
    Customer,
    Delivery,
    LabourLine,
    LabourOperation,
    ModelClass,
    Operator,
    RepairOrder,
    Vehicle,
)
from garage_desktop.db.types import EnumText, Money, Scaled
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import PermissionRefused

NOW = datetime(2026, 11, 28, 9, 0)


def _fresh(tmp_path: Path, name: str = "fresh.sqlite3") -> Database:
    return Database(f"sqlite:///{tmp_path / name}")


def _scalar(engine: Engine, sql: str) -> object:
    with engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar()


# --- migrations --------------------------------------------------------------------------------------------

def test_migrated_empty_database_matches_the_models(tmp_path: Path) -> None:
    database = _fresh(tmp_path)
    assert upgrade(database.engine) is True
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []
    database.dispose()


def test_head_revision_is_alembic_head(tmp_path: Path) -> None:
    database = _fresh(tmp_path)
    script = ScriptDirectory.from_config(alembic_config(database.engine))
    assert script.get_heads() == [HEAD_REVISION]
    database.dispose()


def test_a_garage_file_of_the_first_schema_upgrades_and_keeps_its_orders(tmp_path: Path) -> None:
    """0001 → 0002 (the promise in force) on a file with an order in it: the order stays, its promise in force is
    empty (its promised time is the one in force, as it was measured before)."""
    database = _fresh(tmp_path)
    upgrade(database.engine)
    with database.session_scope() as session:
        customer = Customer(name="林志明", phone="13812345678", created_at=NOW)
        car = Vehicle(customer=customer, plate="粵A12345", make="豐田", model="卡羅拉", created_at=NOW)
        session.add(RepairOrder(order_no="WO20261128-001", status=OrderStatus.RECEIVED, customer=customer,
                                vehicle=car, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                                payer=Payer.SELF, promised_at=NOW, created_at=NOW, updated_at=NOW))
    command.downgrade(alembic_config(database.engine), "0001_initial")
    assert current_revision(database.engine) == "0001_initial"
    assert upgrade(database.engine)
    assert current_revision(database.engine) == HEAD_REVISION
    with database.engine.connect() as conn:
        row = conn.execute(text("SELECT order_no, promised_at, promise_in_force_at FROM repair_order")).one()
    assert row[0] == "WO20261128-001" and row[1] is not None and row[2] is None
    database.dispose()


def _chain_holds(engine: Engine) -> int:
    """The audit trail's links, recomputed in Python (any backend): the number of events; fails on a bad link."""
    with engine.connect() as conn:
        rows = conn.execute(select(*(AuditEvent.__table__.c[name] for name in audit_chain.FIELDS),
                                   AuditEvent.chain).order_by(AuditEvent.id)).all()
    previous = ""
    for row in rows:
        previous = audit_chain.link(previous, list(row[:-1]))
        assert row[-1] == previous, f"event {row[0]}"
    return len(rows)


def _old_car(session: Session, owner: Customer, plate: str) -> Vehicle:
    """A car written into an older schema: only the columns it had (the ORM would name every column of today's
    model, such as 0008's purchase date); the car as the session knows it."""
    session.flush()
    vehicle_id = session.execute(insert(Vehicle.__table__).values(customer_id=owner.id, plate=plate, created_at=NOW)
                                 .returning(Vehicle.__table__.c.id)).scalar_one()
    return SimpleNamespace(id=vehicle_id)  # type: ignore[return-value]


def _old_customer(session: Session, name: str, phone: str = "") -> Customer:
    """A customer written into an older schema: only the columns it had (not 0012's member grade)."""
    customer_id = session.execute(insert(Customer.__table__).values(name=name, phone=phone, created_at=NOW)
                                  .returning(Customer.__table__.c.id)).scalar_one()
    return SimpleNamespace(id=customer_id)  # type: ignore[return-value]


def test_plates_typed_in_traditional_get_their_one_form_unless_two_cars_would_share_it(db: Database) -> None:
    """0003 → 0004: vehicle and booking plates in Simplified, each rewrite in the audit trail (chained); two cars
    that differ only by script stay as typed for the owner to merge (nothing is merged here)."""
    command.downgrade(alembic_config(db.engine), "0003_audit_chain")
    assert current_revision(db.engine) == "0003_audit_chain"
    with db.session_scope() as session:
        chen = _old_customer(session, "陳美玲", "13800138000")
        chen2 = _old_customer(session, "陈美玲", "13800138000")
        alone = _old_car(session, chen, "粵A11111")  # alone: rewritten
        school = _old_car(session, chen, "粵B1234學")  # special character too
        typed_trad = _old_car(session, chen, "粵B12345")  # its twin is on file in Simplified
        typed_simp = _old_car(session, chen2, "粤B12345")
        both_trad = [_old_car(session, chen, "滬C88888"),  # the same plate twice: both
                     _old_car(session, chen2, "滬C88888")]  # stay (never made to share one)
        mixed = [_old_car(session, chen, "蘇E1234學"),  # two spellings, no Simplified one:
                 _old_car(session, chen2, "蘇E1234学")]  # both stay
        plain = _old_car(session, chen, "京A12345")
        session.flush()
        order = SimpleNamespace(id=session.execute(  # only the columns 0003 had (not 0011's settlement number)
            insert(RepairOrder.__table__).values(
                order_no="WO20261128-001", status=OrderStatus.BOOKED, customer_id=chen.id, vehicle_id=typed_trad.id,
                job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
                created_at=NOW, updated_at=NOW).returning(RepairOrder.__table__.c.id)).scalar_one())
        booking = Appointment(order_id=order.id, start_at=NOW, contact_name="陳美玲", plate="粵B12345",
                              created_at=NOW)
        session.add(booking)
        session.add(AuditEvent(at=NOW, entity="vehicle", entity_id=alone.id, action="create",
                               after='{"plate": "粵A11111"}'))
        session.flush()
        ids = {"alone": alone.id, "school": school.id, "trad": typed_trad.id, "simp": typed_simp.id,
               "both": [v.id for v in both_trad], "mixed": [v.id for v in mixed], "plain": plain.id,
               "booking": booking.id, "order": order.id}
    events_before = _chain_holds(db.engine)

    assert upgrade(db.engine) is True
    assert current_revision(db.engine) == HEAD_REVISION
    with db.session_scope() as session:
        def plate(vehicle_id: int) -> str:
            return session.get(Vehicle, vehicle_id).plate

        assert plate(ids["alone"]) == "粤A11111"
        assert plate(ids["school"]) == "粤B1234学"
        assert (plate(ids["trad"]), plate(ids["simp"])) == ("粵B12345", "粤B12345")  # left as typed, not merged
        assert [plate(i) for i in ids["both"]] == ["滬C88888", "滬C88888"]
        assert [plate(i) for i in ids["mixed"]] == ["蘇E1234學", "蘇E1234学"]
        assert plate(ids["plain"]) == "京A12345"
        assert session.scalar(select(func.count()).select_from(Vehicle)) == 9  # nothing merged or removed
        assert session.get(Appointment, ids["booking"]).plate == "粤B12345"  # a booking's plate is plain text
        assert session.get(RepairOrder, ids["order"]).vehicle_id == ids["trad"]
        events = session.scalars(select(AuditEvent).where(AuditEvent.id > events_before)
                                 .order_by(AuditEvent.id)).all()
    assert [(e.entity, e.entity_id, e.action, e.operator_id) for e in events] == [
        ("vehicle", ids["alone"], "update", None), ("vehicle", ids["school"], "update", None),
        ("appointment", ids["booking"], "update", None)]
    assert events[0].before == '{"plate": "粵A11111"}'
    assert events[0].after == '{"migration": "0004_canonical_plates", "plate": "粤A11111"}'
    assert events[2].order_id == ids["order"]
    assert _chain_holds(db.engine) == events_before + 3
    if db.engine.dialect.name == "sqlite":  # the check start-up runs finds the trail whole, triggers and all
        verdict = audit_chain.verify_file(Path(db.engine.url.database or ""))
        assert verdict.finding is None and verdict.events == events_before + 3


def test_canonical_plates_on_a_garage_without_traditional_plates_change_nothing(db: Database) -> None:
    command.downgrade(alembic_config(db.engine), "0003_audit_chain")
    with db.session_scope() as session:
        owner = _old_customer(session, "王小明")
        _old_car(session, owner, "京A12345")
    events_before = _chain_holds(db.engine)
    assert upgrade(db.engine) is True
    assert _chain_holds(db.engine) == events_before
    with db.session_scope() as session:
        assert session.scalars(select(Vehicle.plate)).all() == ["京A12345"]


def test_a_garage_of_one_role_each_gets_role_sets_and_lines_without_approvals(db: Database) -> None:
    """0005 → 0006 (issue 14): each operator's one role becomes their set of roles — nobody may do more or less
    than before, so nothing goes in the audit trail —, and the estimate lines have no price approvals. The
    downgrade keeps one role each (the owner's "owner", else the first in the garage's order)."""
    from garage_desktop.services import permissions

    with db.session_scope() as session:  # an order with lines, written before the schema goes back
        order_id = _order_with_lines(session)
    command.downgrade(alembic_config(db.engine), "0005_server_audit_protection")
    assert current_revision(db.engine) == "0005_server_audit_protection"
    with db.engine.begin() as conn:
        assert "role" in {c["name"] for c in inspect(conn).get_columns("operator")}
        assert conn.execute(text("SELECT role FROM operator")).scalars().all() == ["owner"]  # the bootstrap owner
        for role in Role:
            if role is not Role.OWNER:
                conn.execute(text("INSERT INTO operator (name, role, team, active) VALUES (:name, :role, '', :on)"),
                             {"name": f"{role.value}-person", "role": role.value, "on": True})
    events_before = _chain_holds(db.engine)

    assert upgrade(db.engine) is True
    assert current_revision(db.engine) == HEAD_REVISION
    assert _chain_holds(db.engine) == events_before  # no event: nobody's permissions changed
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("operator")}
        stored = dict(conn.execute(text("SELECT name, roles FROM operator")).all())
    assert "role" not in columns and "roles" in columns
    assert stored == {"店主": "owner", **{f"{r.value}-person": r.value for r in Role if r is not Role.OWNER}}
    with db.session_scope() as session:
        people = {o.name: o for o in session.scalars(select(Operator))}
        assert people["店主"].roles == {Role.OWNER}
        for role in Role:
            if role is Role.OWNER:
                continue
            person = people[f"{role.value}-person"]
            assert person.roles == {role}
            assert permissions.require(session, person.id, role) is person
            others = [r for r in Role if r not in (role, Role.OWNER)]
            with pytest.raises(PermissionRefused):
                permissions.require(session, person.id, *others)
            assert permissions.require(session, people["店主"].id, role) is people["店主"]
        lines = session.scalars(select(LabourLine).where(LabourLine.order_id == order_id)).all()
        assert len(lines) == 2 and all(line.price_approved_by_id is None and line.list_price is None
                                       for line in lines)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE operator SET roles = 'advisor,store,cashier' WHERE name = 'advisor-person'"))
        conn.execute(text("UPDATE operator SET roles = 'foreman,owner' WHERE name = 'foreman-person'"))

    command.downgrade(alembic_config(db.engine), "0005_server_audit_protection")
    with db.engine.connect() as conn:
        kept = dict(conn.execute(text("SELECT name, role FROM operator")).all())
        assert "price_approved_by_id" not in {c["name"] for c in inspect(conn).get_columns("labour_line")}
        assert conn.execute(text("SELECT count(*) FROM labour_line")).scalar() == 2
    assert kept["advisor-person"] == "advisor" and kept["foreman-person"] == "owner" and kept["店主"] == "owner"
    assert upgrade(db.engine) is True


def test_0011_numbers_settled_orders_per_year_and_copies_the_latest_next_service(db: Database) -> None:
    """0010 → 0011 (issue 18): orders already settled get their settlement list numbers in the order they were
    settled, per year of settlement (not in the order they were written); an order not settled gets none; each
    vehicle gets the next service its latest delivery recorded."""
    from datetime import date

    command.downgrade(alembic_config(db.engine), "0010_free_items_put_off")
    order = RepairOrder.__table__
    base = {"status": OrderStatus.DELIVERED, "job_class": JobClass.MINOR,
            "regulatory_class": RegulatoryClass.MINOR_REPAIR, "payer": Payer.SELF, "created_at": NOW,
            "updated_at": NOW}
    with db.engine.begin() as conn:
        person = conn.execute(insert(Customer.__table__).values(name="林志明", phone="13800138000",
                                                                created_at=NOW)).inserted_primary_key[0]
        cars = [conn.execute(insert(Vehicle.__table__).values(customer_id=person, plate=plate, created_at=NOW))
                .inserted_primary_key[0] for plate in ("粤B10001", "粤B10002")]
        settled = {  # order number → when it was settled, written out of settlement order
            "WO-A": datetime(2026, 3, 2, 10, 0), "WO-B": datetime(2025, 12, 30, 9, 0),
            "WO-C": datetime(2026, 1, 5, 16, 0), "WO-D": datetime(2025, 12, 31, 17, 0), "WO-E": None}
        ids = {}
        for number, when in settled.items():
            car = cars[0] if number in ("WO-A", "WO-C") else cars[1]
            ids[number] = conn.execute(insert(order).values(order_no=number, vehicle_id=car, customer_id=person,
                                                            settled_at=when, **base)).inserted_primary_key[0]
        delivery = Delivery.__table__
        for number, on, km, at in (("WO-C", date(2026, 7, 5), 50000, datetime(2026, 1, 5, 17, 0)),
                                   ("WO-A", date(2026, 9, 2), 55000, datetime(2026, 3, 2, 11, 0)),
                                   ("WO-B", None, 30000, datetime(2025, 12, 30, 10, 0)),
                                   ("WO-D", None, None, datetime(2026, 1, 2, 10, 0))):
            conn.execute(insert(delivery).values(order_id=ids[number], delivered_at=at, checklist="{}",
                                                 next_service_on=on, next_service_km=km))
    assert upgrade(db.engine) is True
    with db.engine.connect() as conn:
        numbers = dict(conn.execute(select(order.c.order_no, order.c.settlement_no)).all())
        vehicles = {row.plate: (row.next_service_on, row.next_service_km) for row in conn.execute(
            select(Vehicle.__table__.c.plate, Vehicle.__table__.c.next_service_on,
                   Vehicle.__table__.c.next_service_km))}
    assert numbers == {"WO-B": "JS2025-000001", "WO-D": "JS2025-000002", "WO-C": "JS2026-000001",
                       "WO-A": "JS2026-000002", "WO-E": None}
    # The latest delivery that told a next service wins (WO-D told none: WO-B's stays).
    assert vehicles == {"粤B10001": (date(2026, 9, 2), 55000), "粤B10002": (None, 30000)}
    # Settling goes on from the highest number of the year.
    with db.session_scope() as session:
        from garage_desktop.services import numbering

        assert numbering.next_settlement_no(session, 2026) == "JS2026-000003"
        assert numbering.next_settlement_no(session, 2027) == "JS2027-000001"


def test_upgrade_twice_is_a_no_op(tmp_path: Path) -> None:
    database = _fresh(tmp_path)
    assert upgrade(database.engine) is True
    assert current_revision(database.engine) == HEAD_REVISION
    assert upgrade(database.engine) is False
    assert current_revision(database.engine) == HEAD_REVISION
    database.dispose()


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    database = _fresh(tmp_path)
    upgrade(database.engine)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    with pytest.raises(SchemaTooNew, match="0099_from_the_future"):
        upgrade(database.engine)
    assert current_revision(database.engine) == "0099_from_the_future"  # left untouched
    database.dispose()


def test_a_path_with_a_percent_sign_migrates(tmp_path: Path) -> None:
    """Alembic's config is an INI parser; a '%' in the path (or an escaped password) must not break start-up."""
    folder = tmp_path / "車行 50%"
    folder.mkdir()
    database = Database(f"sqlite:///{folder / 'garage.sqlite3'}")
    assert upgrade(database.engine) is True
    assert current_revision(database.engine) == HEAD_REVISION
    database.dispose()


def test_foreign_keys_are_back_on_after_migrating(tmp_path: Path) -> None:
    database = _fresh(tmp_path)
    upgrade(database.engine)
    for _ in range(3):  # whichever pooled connection comes back
        assert _scalar(database.engine, "PRAGMA foreign_keys") == 1
    database.dispose()


# --- future migrations: written here as they would be, run through the real env.py ----------------------

def _copy_migrations(tmp_path: Path, *, keep_versions: bool = True) -> Path:
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    if not keep_versions:
        for script in (target / "versions").glob("*.py"):
            script.unlink()
    return target


def _add_migration(folder: Path, revision: str, body: str) -> None:
    header = (f'"""A later migration (test)."""\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
              f"revision = {revision!r}\ndown_revision = {HEAD_REVISION!r}\nbranch_labels = None\n"
              f"depends_on = None\n\n\ndef upgrade() -> None:\n")
    footer = "\n\ndef downgrade() -> None:\n    pass\n"
    upgrade_body = textwrap.indent(textwrap.dedent(body).strip("\n"), "    ")
    (folder / "versions" / f"{revision}.py").write_text(header + upgrade_body + footer, encoding="utf-8")


def _upgrade_with(folder: Path, database: Database) -> None:
    config = alembic_config(database.engine)
    config.set_main_option("script_location", str(folder))
    command.upgrade(config, "head")


def _order_with_lines(session) -> int:  # type: ignore[no-untyped-def]
    customer = Customer(name="林志明", name_initials="lzm", phone="13800138000", created_at=NOW)
    vehicle = Vehicle(customer=customer, plate="粵B12345", created_at=NOW)
    order = RepairOrder(order_no="WO20261128-001", status=OrderStatus.RECEIVED, customer=customer,
                        vehicle=vehicle, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                        payer=Payer.SELF, created_at=NOW, updated_at=NOW)
    session.add(order)
    session.flush()
    session.add(Appointment(order_id=order.id, start_at=NOW, contact_name="林志明", created_at=NOW))
    for seq in (1, 2):
        session.add(LabourLine(order_id=order.id, seq=seq, name="更換機油", standard_hours=Decimal("0.5"),
                               rate=Decimal("100.00"), coefficient=Decimal("1.000"), amount=Decimal("50.00")))
    session.add(AuditEvent(at=NOW, order_id=order.id, entity="repair_order", entity_id=order.id, action="test"))
    return order.id


def test_rebuilding_a_table_keeps_the_rows_that_hang_on_it(db: Database, tmp_path: Path) -> None:
    """SQLite batch mode drops and recreates a table; with foreign keys on, the DROP would cascade and delete
    every appointment and labour line of every order. (PostgreSQL alters the table in place: batch mode only
    rebuilds it there when told to, and cannot while other tables' keys point at it.)"""
    sqlite = db.engine.dialect.name == "sqlite"
    with db.session_scope() as session:
        order_id = _order_with_lines(session)
    folder = _copy_migrations(tmp_path)
    _add_migration(folder, "0002_bay", f'''
        with op.batch_alter_table("repair_order", recreate={"always" if sqlite else "auto"!r}) as batch_op:
            batch_op.add_column(sa.Column("bay", sa.Integer(), nullable=True))
    ''')
    _upgrade_with(folder, db)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(LabourLine)) == 2
        assert session.scalar(select(func.count()).select_from(Appointment)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.order_id == order_id))
        assert session.get(RepairOrder, order_id).vehicle.plate == "粵B12345"
    with db.engine.connect() as conn:
        assert "bay" in {c["name"] for c in inspect(conn).get_columns("repair_order")}
        assert not sqlite or conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0002_bay"


def test_a_failing_migration_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    """The PC switched off or a bug half-way: the old schema and data stay whole, start-up can try again."""
    folder = _copy_migrations(tmp_path)
    _add_migration(folder, "0002_broken", '''
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        op.add_column("customer", sa.Column("wechat", sa.String(40), nullable=True))
        raise RuntimeError("power cut")
    ''')
    with pytest.raises(RuntimeError, match="power cut"):
        _upgrade_with(folder, db)
    with db.engine.connect() as conn:
        assert not inspect(conn).has_table("half_done")
        assert "wechat" not in {c["name"] for c in inspect(conn).get_columns("customer")}
    assert current_revision(db.engine) == HEAD_REVISION
    assert db.engine.dialect.name != "sqlite" or _scalar(db.engine, "PRAGMA foreign_keys") == 1


def test_a_migration_that_orphans_rows_is_undone(db: Database, tmp_path: Path) -> None:
    """SQLite checks the keys before the commit (they are off while migrating); PostgreSQL refuses the row."""
    folder = _copy_migrations(tmp_path)
    _add_migration(folder, "0002_orphans", '''
        op.execute("INSERT INTO labour_line (order_id, seq, operation_code, name, standard_hours, rate, "
                   "coefficient, amount, team, added) VALUES (999, 1, '', 'x', 100, 10000, 1000, 10000, '', FALSE)")
    ''')
    with pytest.raises(MigrationBroke if db.engine.dialect.name == "sqlite" else IntegrityError):
        _upgrade_with(folder, db)
    assert current_revision(db.engine) == HEAD_REVISION
    assert _scalar(db.engine, "SELECT count(*) FROM labour_line") == 0


# --- autogenerate renders plain types -------------------------------------------------------------------

def test_render_item_writes_plain_types() -> None:
    assert render_item("type", Money(), None) == "sa.Integer()"
    assert render_item("type", Scaled(3), None) == "sa.Integer()"
    assert render_item("type", EnumText(Role), None) == "sa.String(length=24)"
    assert render_item("type", Base.metadata.tables["customer"].c.name.type, None) is False
    assert render_item("column", object(), None) is False


def test_autogenerated_migration_needs_no_hand_edits(tmp_path: Path) -> None:
    """Run autogenerate through the real env.py: the output uses only sqlalchemy's own types."""
    folder = _copy_migrations(tmp_path, keep_versions=False)
    database = _fresh(tmp_path)
    config = alembic_config(database.engine)
    config.set_main_option("script_location", str(folder))
    command.revision(config, message="everything", autogenerate=True, rev_id="9001")
    script = next((folder / "versions").glob("9001_*.py")).read_text(encoding="utf-8")
    assert "garage_desktop" not in script
    assert "Scaled" not in script and "EnumText" not in script
    assert "sa.Column('deposit', sa.Integer(), nullable=False)" in script
    assert "sa.Column('status', sa.String(length=24), nullable=False)" in script
    assert "batch_alter_table" in script  # render_as_batch, for SQLite
    compile(script, "9001.py", "exec")
    database.dispose()


# --- the connection -------------------------------------------------------------------------------------

@pytest.mark.sqlite_only("SQLite's pragmas")
def test_pragmas_for_a_pc_switched_off_at_the_wall(db: Database) -> None:
    with db.session_scope() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_foreign_key_violation_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session_scope() as session:
        session.add(Vehicle(customer_id=999_999, plate="京A12345", created_at=NOW))
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Vehicle)) == 0


def test_a_failed_action_is_rolled_back_whole(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session_scope() as session:
        session.add(Customer(name="王小明", created_at=NOW))
        session.flush()
        raise RuntimeError("something went wrong later in the same action")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


# --- column types ---------------------------------------------------------------------------------------

def test_money_is_stored_as_integer_fen_and_comes_back_as_decimal(db: Database) -> None:
    with db.session_scope() as session:
        session.add(LabourOperation(code="OIL", name="更換機油", standard_hours=Decimal("12.34")))
        session.add(ModelClass(name="測試車型", coefficient=Decimal("1.125"), note=""))
    raw_hours = _scalar(db.engine, "SELECT standard_hours FROM labour_operation WHERE code = 'OIL'")
    assert raw_hours == 1234 and isinstance(raw_hours, int)
    assert _scalar(db.engine, "SELECT coefficient FROM model_class WHERE name = '測試車型'") == 1125
    with db.session_scope() as session:
        hours = session.scalar(select(LabourOperation.standard_hours).where(LabourOperation.code == "OIL"))
        coefficient = session.scalar(select(ModelClass.coefficient).where(ModelClass.name == "測試車型"))
    assert isinstance(hours, Decimal) and hours == Decimal("12.34") and str(hours) == "12.34"
    assert isinstance(coefficient, Decimal) and str(coefficient) == "1.125"


def test_amounts_sum_exactly_in_sql(db: Database) -> None:
    with db.session_scope() as session:
        order_id = _order_with_lines(session)
        session.add(LabourLine(order_id=order_id, seq=3, name="x", standard_hours=Decimal("0.1"),
                               rate=Decimal("0.10"), coefficient=Decimal(1), amount=Decimal("0.10")))
        session.add(LabourLine(order_id=order_id, seq=4, name="y", standard_hours=Decimal("0.2"),
                               rate=Decimal("0.20"), coefficient=Decimal(1), amount=Decimal("0.20")))
    assert _scalar(db.engine, "SELECT sum(amount) FROM labour_line") == 10030  # 100.30 exactly, no 0.30000000004


@pytest.mark.parametrize("bad", [12.34, Decimal("1.234"), Decimal("NaN"), Decimal("Infinity")])
def test_money_refuses_float_extra_places_and_non_numbers(db: Database, bad: object) -> None:
    with pytest.raises(StatementError) as refused, db.session_scope() as session:
        session.add(LabourOperation(code="BAD", name="x", standard_hours=bad))
    assert isinstance(refused.value.orig, (TypeError, ValueError))


def test_scaled_type_directly() -> None:
    money = Money()
    assert money.process_bind_param(Decimal("12.34"), None) == 1234
    assert money.process_bind_param(Decimal("-0.50"), None) == -50
    assert money.process_bind_param(Decimal("12.340"), None) == 1234  # trailing zeros are not extra places
    assert money.process_bind_param(None, None) is None
    assert money.process_result_value(None, None) is None
    assert str(money.process_result_value(0, None)) == "0.00"
    with pytest.raises(TypeError):
        money.process_bind_param(0.1, None)
    with pytest.raises(ValueError):
        money.process_bind_param(Decimal("0.005"), None)


def test_enums_are_stored_as_their_text(db: Database) -> None:
    with db.session_scope() as session:
        order_id = _order_with_lines(session)
    assert _scalar(db.engine, f"SELECT status FROM repair_order WHERE id = {order_id}") == "received"
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.status is OrderStatus.RECEIVED and order.payer is Payer.SELF
    with pytest.raises(StatementError), db.session_scope() as session:
        session.get(RepairOrder, order_id).status = "teleported"  # type: ignore[assignment]


def test_every_enum_value_fits_its_column() -> None:
    """PostgreSQL enforces VARCHAR(24) where SQLite does not: a longer value would only fail on a server."""
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, EnumText):
                longest = max(len(member.value) for member in column.type.enum_class)
                assert longest <= column.type.impl_instance.length, (table.name, column.name)
