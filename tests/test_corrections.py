"""Correction requests (services.corrections) on SQLite and PostgreSQL.

The rule under test: a teacher (or the homeroom teacher) asks; the deputy and
the administrator may refuse; the deputy's «apply» only approves; the
administrator's «apply» writes the cell as an admin correction with the reason
«по запросу №N: …».  Every step leaves an audit entry and a message.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.services import corrections, journal, periods, structure
from ejournal_desktop.services import page as page_service
from ejournal_desktop.services.errors import (
    ConflictError,
    LockedError,
    PermissionDenied,
    ReasonRequired,
    ValidationError,
)
from ejournal_desktop.store.models import AuditEntry, CorrectionRequest, Lesson, Message
from tests.factory import MON, WED

LATER = MON + dt.timedelta(days=20)  # past a 7-day editing window


@pytest.fixture
def locked(school):
    """The school with a 7-day editing window: MON's lessons are locked on LATER."""
    structure.set_setting(school.admin, "edit_window_days", 7)
    return school


def _first_student(s) -> int:
    return s.students["5А"][0]


def _ask(s, wanted: str = "5", reason: str = "Ученик писал работу позже, по болезни") -> int:
    return corrections.request(s.ivanova, s.a["math5"], MON, 1, _first_student(s), wanted, reason,
                               today=LATER)


def test_locked_cell_is_refused_and_the_request_reaches_deputy_and_admin(locked) -> None:
    s = locked
    with pytest.raises(LockedError) as err:
        journal.set_cell(s.ivanova, s.a["math5"], MON, 1, _first_student(s), "5", today=LATER)
    assert "заместитель директора" in err.value.who_can_unlock
    rid = _ask(s)
    infos = corrections.open_requests(s.deputy)
    assert [i.id for i in infos] == [rid]
    info = infos[0]
    assert (info.wanted, info.current, info.status, info.class_name) == ("5", "", "open", "5А")
    assert info.subject_name == "Математика" and info.date == MON and info.number == 1
    assert info.requested_by == "Иванова М.П."
    assert [i.id for i in corrections.open_requests(s.admin)] == [rid]
    recipients = {m.recipient_id for m in Message.select()}
    assert recipients == {s.deputy.user_id, s.admin.user_id}
    entry = AuditEntry.get((AuditEntry.action == "correction.request") & (AuditEntry.entity_id == rid))
    assert entry.user_id == s.ivanova.user_id and "по болезни" in entry.reason
    assert corrections.pending_count(s.deputy) == 1
    assert corrections.pending_count(s.ivanova) == 0
    assert [r.id for r in corrections.my_requests(s.ivanova)] == [rid]


def test_request_needs_reason_valid_value_and_the_right_person(locked) -> None:
    s = locked
    sid = _first_student(s)
    with pytest.raises(ReasonRequired):
        _ask(s, reason="  ")
    with pytest.raises(ValidationError):
        _ask(s, wanted="7")
    with pytest.raises(PermissionDenied):  # not her class, not her lesson
        corrections.request(s.sidorova, s.a["math5"], MON, 1, sid, "5", "ошибка", today=LATER)
    with pytest.raises(PermissionDenied):  # the deputy does not ask, she resolves
        corrections.request(s.deputy, s.a["math5"], MON, 1, sid, "5", "ошибка", today=LATER)
    with pytest.raises(ValidationError):  # the cell is still open: no request needed
        corrections.request(s.ivanova, s.a["math5"], WED, 2, sid, "5", "ошибка",
                            today=WED + dt.timedelta(days=1))
    with pytest.raises(ValidationError):  # marks never go to a 1st grade
        corrections.request(s.petrov, s.a["nature1"], MON, 2, s.students["1А"][0], "5", "ошибка",
                            today=LATER)
    rid = corrections.request(s.petrov, s.a["nature1"], MON, 2, s.students["1А"][0], "б",
                              "справка из поликлиники", today=LATER)
    assert rid > 0
    _ask(s)
    with pytest.raises(ValidationError):  # one pending request per cell
        _ask(s, wanted="4")
    assert CorrectionRequest.select().count() == 2


def test_homeroom_teacher_may_ask_about_another_subject_of_own_class(school) -> None:
    s = school  # no lock at all: ivanova cannot write Russian herself, so she asks
    rid = corrections.request(s.ivanova, s.a["rus5"], MON + dt.timedelta(days=1), 1,
                              _first_student(s), "у", "был на олимпиаде (приказ № 12)",
                              today=LATER)
    assert corrections.open_requests(s.admin)[0].id == rid


def test_deputy_approves_admin_applies(locked) -> None:
    s = locked
    sid = _first_student(s)
    rid = _ask(s, wanted="5 н")
    assert corrections.apply(s.deputy, rid, "согласовано", today=LATER) == corrections.APPROVED
    assert journal.read_cell(None, sid).text == ""  # nothing written by the deputy
    info = corrections.open_requests(s.admin)[0]
    assert info.status == corrections.APPROVED and info.resolved_by == "Смирнова О.П."
    with pytest.raises(ValidationError):
        corrections.apply(s.deputy, rid, today=LATER)
    assert corrections.pending_count(s.deputy) == 0 and corrections.pending_count(s.admin) == 1
    assert corrections.apply(s.admin, rid, today=LATER) == corrections.APPLIED
    page_cell = corrections.open_requests(s.admin)
    assert page_cell == []
    mine = corrections.my_requests(s.ivanova)[0]
    assert (mine.status, mine.current, mine.resolved_by) == ("applied", "5 н", "Администратор Э.")
    put = AuditEntry.get(AuditEntry.action == "mark.put")
    assert put.user_id == s.admin.user_id
    assert put.reason.startswith(f"по запросу №{rid}: ") and "по болезни" in put.reason
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action)
               .where(AuditEntry.entity == "correction_request").order_by(AuditEntry.id).tuples()]
    assert actions == ["correction.request", "correction.approve", "correction.apply"]
    to_teacher = [m.subject for m in Message.select().where(Message.recipient == s.ivanova.user_id)]
    assert len(to_teacher) == 2 and "внесено" in to_teacher[-1]


def test_admin_applies_an_open_request_in_a_closed_period(school) -> None:
    s = school
    sid = _first_student(s)
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, sid, "3", today=LATER)
    periods.close_period(s.deputy, s.periods[0])
    with pytest.raises(LockedError):
        journal.set_cell(s.ivanova, s.a["math5"], MON, 1, sid, "4", today=LATER)
    rid = _ask(s, wanted="4")
    assert corrections.open_requests(s.deputy)[0].current == "3"
    assert corrections.apply(s.admin, rid, "проверено по тетради", today=LATER) == "applied"
    cell = journal.read_cell(Lesson.get(date=MON, number=1).id, sid)
    assert cell.text == "4"
    change = AuditEntry.get(AuditEntry.action == "mark.change")
    assert "проверено по тетради" in change.reason


def test_refuse_needs_reason_and_closes_the_request(locked) -> None:
    s = locked
    rid = _ask(s)
    with pytest.raises(ReasonRequired):
        corrections.refuse(s.deputy, rid, " ")
    version = corrections.open_requests(s.deputy)[0].version
    with pytest.raises(ConflictError):
        corrections.refuse(s.deputy, rid, "нет подтверждения", expected_version=version + 1)
    corrections.refuse(s.deputy, rid, "нет подтверждения", expected_version=version)
    assert corrections.open_requests(s.admin) == []
    with pytest.raises(ValidationError):
        corrections.apply(s.admin, rid, today=LATER)
    mine = corrections.my_requests(s.ivanova)[0]
    assert mine.status == "refused" and mine.resolution == "нет подтверждения"
    assert AuditEntry.select().where(AuditEntry.action == "correction.refuse").count() == 1


@pytest.mark.parametrize("who", ["ivanova", "petrov", "sidorova", "director"])
def test_only_deputy_and_admin_resolve(locked, who) -> None:
    s = locked
    rid = _ask(s)
    actor = s.actors()[who]
    with pytest.raises(PermissionDenied):
        corrections.open_requests(actor)
    with pytest.raises(PermissionDenied):
        corrections.apply(actor, rid, today=LATER)
    with pytest.raises(PermissionDenied):
        corrections.refuse(actor, rid, "нет")
    assert CorrectionRequest.get_by_id(rid).status == "open"


def test_cell_details_and_lookups(school) -> None:
    from ejournal_desktop.store.models import PlanTopic, ThematicPlan

    s = school
    sid = _first_student(s)
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, sid, "5 4 н", today=LATER)
    lesson_id = Lesson.get(date=MON, number=1).id
    details = corrections.cell_details(s.ivanova, lesson_id, sid)
    assert [(d.kind, d.value) for d in details] == [("mark", "5"), ("mark", "4"), ("absence", "н")]
    assert details[0].work_kind == "Ответ на уроке" and details[0].weight == "1"
    assert details[0].created_by == "Иванова М.П." and details[0].created_at is not None
    with pytest.raises(PermissionDenied):
        corrections.cell_details(s.sidorova, lesson_id, sid)
    assert [y[1] for y in page_service.years()] == ["2025/2026"]
    assert [p[1] for p in page_service.periods(s.year)][:2] == ["1 четверть", "2 четверть"]
    assert page_service.next_plan_topic(s.a["math5"]) is None
    plan = ThematicPlan.create(year=s.year, subject=s.subjects["Математика"], level=5,
                               title="Математика 5")
    first = PlanTopic.create(plan=plan, number=1, title="Натуральные числа")
    PlanTopic.create(plan=plan, number=2, title="Сложение")
    assert page_service.next_plan_topic(s.a["math5"]) == (first.id, "Натуральные числа")
    journal.set_lesson_details(s.ivanova, s.a["math5"], MON, 1, expected_version=None,
                               topic="Натуральные числа", plan_topic_id=first.id, today=LATER)
    assert page_service.next_plan_topic(s.a["math5"])[1] == "Сложение"
    assert page_service.plan_topic_title(first.id) == "Натуральные числа"
