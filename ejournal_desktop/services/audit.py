"""The audit trail: one append-only entry per change, written in the change's transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ejournal_desktop.services.access import Actor
from ejournal_desktop.store.models import AuditEntry, now


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
    return int(
        AuditEntry.insert(
            at=at or now(),
            user=actor.user_id if actor else None,
            action=action,
            entity=entity,
            entity_id=entity_id,
            school_class=class_id,
            subject=subject_id,
            lesson=lesson_id,
            student=student_id,
            old=_json(old),
            new=_json(new),
            reason=reason or "",
        ).execute()
    )
