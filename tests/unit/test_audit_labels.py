"""Every action and entity code the services write to the audit trail has words for the audit screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from garage_desktop.domain import audit_labels
from garage_desktop.domain.audit_labels import ACTION_LABELS, ENTITY_LABELS, action_label, entity_label
from garage_desktop.domain.lifecycle import Event
from garage_desktop.services.added_work import PROPOSE_ACTION
from garage_desktop.services.catalog_starter import STARTER_ACTION, STARTER_ENTITY

SOURCE = Path(audit_labels.__file__).resolve().parents[1]
# audit.record(session, actor, ACTION, ENTITY, ...): the action and entity as written in the source.
_CALL = re.compile(r'audit\.record\(\s*session,\s*[\w.]+,\s*(?P<action>"[^"]*"(?: if \w+ else "[^"]*")?|f"[^"]*"|'
                   r'[A-Z_]+)\s*,\s*(?P<entity>"[^"]*"|[A-Z_]+)')
_CONSTANTS = {"PROPOSE_ACTION": PROPOSE_ACTION, "STARTER_ACTION": STARTER_ACTION, "STARTER_ENTITY": STARTER_ENTITY}


def _codes() -> tuple[set[str], set[str], int]:
    actions: set[str] = set()
    entities: set[str] = set()
    calls = 0
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = list(_CALL.finditer(text))
        assert len(found) == text.count("audit.record("), f"an audit.record call in {path.name} is not understood"
        calls += len(found)
        for match in found:
            action, entity = match["action"], match["entity"]
            if action.startswith('f"status:'):
                actions.add("status:")  # one per lifecycle event: checked below
            elif action in _CONSTANTS:
                actions.add(_CONSTANTS[action])
            else:
                actions.update(re.findall(r'"([^"]*)"', action))  # also both codes of  "a" if x else "b"
            entities.add(_CONSTANTS[entity] if entity in _CONSTANTS else entity.strip('"'))
    return actions, entities, calls


def test_every_code_written_has_a_label() -> None:
    actions, entities, calls = _codes()
    assert calls > 50  # the scan does find the calls
    assert actions - {"status:"} <= set(ACTION_LABELS), actions - {"status:"} - set(ACTION_LABELS)
    assert entities <= set(ENTITY_LABELS), entities - set(ENTITY_LABELS)


@pytest.mark.parametrize("event", list(Event))
def test_every_stage_change_has_a_label(event: Event) -> None:
    assert action_label(f"status:{event.value}") != f"status:{event.value}"


def test_an_unknown_code_shows_as_it_is() -> None:
    assert action_label("something:new") == "something:new"
    assert action_label("status:teleported") == "status:teleported"
    assert entity_label("spaceship") == "spaceship"
