"""The audit trail: one append-only entry per change, written in the change's transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ejournal_desktop.services.access import Actor
from ejournal_desktop.store.models import AuditEntry, now
from ejournal_desktop.store.queries import insert_row


def _json(value: Any) -> str:
    if value is None or value == "":
        return ""
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    old: Any = None,
    new: Any = None,
    reason: str = "",
    class_id: int | None = None,
    subject_id: int | None = None,
    lesson_id: int | None = None,
    student_id: int | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Append one entry; must be called inside the change's transaction."""
    return insert_row(AUDIT_TABLE, AUDIT_COLUMNS, (
        at or now(), actor.user_id if actor else None, action, entity, entity_id,
        class_id, subject_id, lesson_id, student_id, _json(old), _json(new), reason or "",
    ))


AUDIT_TABLE = AuditEntry._meta.table_name
# every column but the id, in the order record() gives the values
AUDIT_COLUMNS = tuple(f.column_name for f in (
    AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
    AuditEntry.school_class, AuditEntry.subject, AuditEntry.lesson, AuditEntry.student,
    AuditEntry.old, AuditEntry.new, AuditEntry.reason,
))
assert set(AUDIT_COLUMNS) == {f.column_name for f in AuditEntry._meta.sorted_fields} - {"id"}
