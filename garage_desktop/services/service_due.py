"""The day a car's next service falls due, kept on the vehicle: by its date, or the day the car's expected mileage
(from its own readings, ``domain.reminders``) reaches its km, whichever comes first. Worked out again when the next
service is set by hand (``services.reminders``), at each intake reading (``services.intake``, new or corrected) and
at each delivery (``services.delivery``: its next service, if recorded, replaces the car's, and its mileage is the
car's newest reading), so the due list finds due cars by an
indexed date instead of projecting every car's mileage.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import RepairOrder, Vehicle
from garage_desktop.domain.reminders import Reading, service_due_on


def _day(moment: datetime | date | None) -> date | None:
    return moment.date() if isinstance(moment, datetime) else moment


def readings(session: Session, vehicle_ids: Iterable[int]) -> dict[int, list[Reading]]:
    """Each vehicle's mileage readings: the intake mileage of each order (on the day it was received) and the
    mileage out (on the day it was delivered); the last mileage on file (on the day the car was registered) for a
    car without orders."""
    ids = list(vehicle_ids)
    found: dict[int, list[Reading]] = {vehicle_id: [] for vehicle_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.execute(select(
            RepairOrder.vehicle_id, RepairOrder.received_at, RepairOrder.created_at, RepairOrder.mileage_in,
            RepairOrder.delivered_at, RepairOrder.mileage_out).where(
            RepairOrder.vehicle_id.in_(chunk),
            (RepairOrder.mileage_in.is_not(None)) | (RepairOrder.mileage_out.is_not(None)))).all()
        for vehicle_id, received_at, created_at, km_in, delivered_at, km_out in rows:
            if km_in is not None:
                found[vehicle_id].append(Reading(_day(received_at or created_at), km_in))  # type: ignore[arg-type]
            if km_out is not None:
                found[vehicle_id].append(Reading(_day(delivered_at or received_at or created_at), km_out))  # type: ignore[arg-type]
        bare = [vehicle_id for vehicle_id in chunk if not found[vehicle_id]]
        if bare:
            for vehicle_id, km, created_at in session.execute(select(
                    Vehicle.id, Vehicle.last_mileage, Vehicle.created_at).where(
                    Vehicle.id.in_(bare), Vehicle.last_mileage.is_not(None))):
                found[vehicle_id].append(Reading(_day(created_at), km))  # type: ignore[arg-type]
    return found


def refresh_service_due(session: Session, vehicle: Vehicle, newest: Reading | None = None) -> date | None:
    """Work out again the day the vehicle's next service falls due (after its next service or its readings
    changed) and keep it on the vehicle. ``newest``: a reading not yet dated in the records (a delivery's mileage
    out, before the order's delivery time is stamped)."""
    history = readings(session, [vehicle.id])[vehicle.id] if vehicle.next_service_km is not None else []
    if newest is not None and vehicle.next_service_km is not None:
        history.append(newest)
    vehicle.next_service_due_on = service_due_on(vehicle.next_service_on, vehicle.next_service_km, history)
    return vehicle.next_service_due_on


def next_service_delivered(session: Session, vehicle: Vehicle, next_on: date | None, next_km: int | None,
                           reading: Reading | None = None) -> None:
    """A delivery: the next service it recorded (if any) replaces the car's; the day it falls due is worked out
    again either way, the delivery's mileage (``reading``, on the day it leaves) being the car's newest reading.
    The delivery's audit event says it."""
    if next_on is not None or next_km is not None:
        vehicle.next_service_on, vehicle.next_service_km = next_on, next_km
    session.flush()
    refresh_service_due(session, vehicle, reading)
