"""Reading the audit trail: the «Аудит» view and a cell's «История…» (issue 8).

The trail itself is append-only (``services.audit`` only inserts; the database
refuses UPDATE and DELETE through ``store.guards``).  Here it is only read.

Who sees what (DESIGN §1, ``Action.VIEW_AUDIT``): the admin, the director and the
deputy — everything; a homeroom teacher — entries about own class; a teacher —
own entries (a person with both roles sees both).  Filters narrow that scope; a
filter that asks for something outside it is refused, not silently emptied.

A cell's history (:func:`cell_history`) is shown to whoever may view the cell's
journal page: who, when, old → new, and the reason of every change of one
student's marks and absence at one lesson, corrections included.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from ejournal_desktop.domain.text import short_name
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, relations_for_lesson, require, standing
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.lessons import assignment_info
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role, decide
from ejournal_desktop.store.models import AuditEntry, Lesson, SchoolClass, Student, Subject, User

MAX_LIMIT = 5000

# the «kind» filter: the part of the action before the dot
KIND_TITLES: Mapping[str, str] = {
    "mark": noop("Audit", "Отметки"),
    "absence": noop("Audit", "Посещаемость"),
    "lesson": noop("Audit", "Уроки: темы и домашние задания"),
    "period_mark": noop("Audit", "Отметки за период и год"),
    "period": noop("Audit", "Закрытие и открытие периодов"),
    "correction": noop("Audit", "Исправления по запросам"),
    "student": noop("Audit", "Учащиеся"),
    "enrollment": noop("Audit", "Движение учащихся"),
    "user": noop("Audit", "Учётные записи"),
    "auth": noop("Audit", "Входы в программу"),
    "backup": noop("Audit", "Резервные копии"),
    "setting": noop("Audit", "Настройки школы"),
    "year": noop("Audit", "Учебные годы"),
    "class": noop("Audit", "Классы"),
    "subject": noop("Audit", "Предметы"),
    "assignment": noop("Audit", "Нагрузка"),
    "timetable": noop("Audit", "Расписание"),
    "substitution": noop("Audit", "Замены"),
}

ACTION_TITLES: Mapping[str, str] = {
    "mark.put": noop("Audit", "выставлена отметка"),
    "mark.change": noop("Audit", "изменена отметка"),
    "mark.clear": noop("Audit", "удалена отметка"),
    "absence.set": noop("Audit", "отмечено отсутствие"),
    "absence.change": noop("Audit", "изменена отметка посещаемости"),
    "absence.clear": noop("Audit", "снята отметка посещаемости"),
    "lesson.create": noop("Audit", "урок внесён в журнал"),
    "lesson.update": noop("Audit", "изменены тема, задание или вид работы урока"),
    "period_mark.put": noop("Audit", "выставлена отметка за период"),
    "period_mark.change": noop("Audit", "изменена отметка за период"),
    "period_mark.clear": noop("Audit", "удалена отметка за период"),
    "period.close": noop("Audit", "период закрыт"),
    "period.reopen": noop("Audit", "период открыт"),
    "period.create": noop("Audit", "создан период"),
    "correction.request": noop("Audit", "запрошено исправление"),
    "correction.approve": noop("Audit", "исправление одобрено"),
    "correction.apply": noop("Audit", "исправление внесено"),
    "correction.refuse": noop("Audit", "в исправлении отказано"),
    "auth.login": noop("Audit", "вход в программу"),
    "auth.failed": noop("Audit", "неудачная попытка входа"),
    "auth.lockout": noop("Audit", "вход закрыт после неудачных попыток"),
    "auth.password_changed": noop("Audit", "пароль изменён"),
    "user.create": noop("Audit", "создана учётная запись"),
    "user.roles": noop("Audit", "изменены роли"),
    "user.block": noop("Audit", "учётная запись заблокирована"),
    "user.unlock": noop("Audit", "учётная запись разблокирована"),
    "user.password_reset": noop("Audit", "выдан временный пароль"),
    "user.password_set": noop("Audit", "задан пароль"),
    "user.password_set_offline": noop("Audit", "пароль задан владельцем базы данных (ejournal set-password)"),
    "backup.create": noop("Audit", "сделана резервная копия"),
    "backup.restore": noop("Audit", "журнал восстановлен из резервной копии"),
    "student.create": noop("Audit", "добавлен учащийся"),
    "enrollment.in": noop("Audit", "учащийся зачислен в класс"),
    "enrollment.out": noop("Audit", "учащийся выбыл из класса"),
    "setting.change": noop("Audit", "изменена настройка"),
    "archive.check": noop("Audit", "проверена копия архива"),
    "archive.copy_add": noop("Audit", "копия архива внесена в реестр"),
    "archive.copy_change": noop("Audit", "изменено место хранения копии архива"),
    "archive.make": noop("Audit", "сделан архив учебного года"),
    "assignment.change": noop("Audit", "изменена нагрузка"),
    "assignment.create": noop("Audit", "добавлена нагрузка"),
    "assignment.delete": noop("Audit", "удалена нагрузка"),
    "assignment.plan": noop("Audit", "к нагрузке привязана КТП"),
    "bell.change": noop("Audit", "изменено расписание звонков"),
    "bell.create": noop("Audit", "добавлен звонок"),
    "bell.delete": noop("Audit", "удалён звонок"),
    "class.change": noop("Audit", "изменён класс"),
    "class.create": noop("Audit", "создан класс"),
    "class.delete": noop("Audit", "удалён класс"),
    "class.homeroom": noop("Audit", "назначен классный руководитель"),
    "consent.give": noop("Audit", "записано согласие на обработку ПД"),
    "consent.revoke": noop("Audit", "согласие на обработку ПД отозвано"),
    "contact.issue": noop("Audit", "родителям выданы документы"),
    "contact.record": noop("Audit", "записан контакт с родителями"),
    "enrollment.change": noop("Audit", "изменены сведения о зачислении"),
    "holiday.change": noop("Audit", "изменены каникулы"),
    "holiday.create": noop("Audit", "добавлены каникулы"),
    "holiday.delete": noop("Audit", "удалены каникулы"),
    "import.apply": noop("Audit", "загружены данные из Excel"),
    "journal.certify": noop("Audit", "журнал заверен директором"),
    "message.send": noop("Audit", "отправлено сообщение"),
    "parent.change": noop("Audit", "изменены сведения о родителе"),
    "parent.create": noop("Audit", "добавлен родитель"),
    "parent.link": noop("Audit", "родитель указан в карточке учащегося"),
    "parent.unlink": noop("Audit", "родитель убран из карточки учащегося"),
    "period.change": noop("Audit", "изменён период"),
    "period.delete": noop("Audit", "удалён период"),
    "plan.adopt": noop("Audit", "КТП принята для нагрузки"),
    "plan.create": noop("Audit", "создана КТП"),
    "plan.fill_dates": noop("Audit", "в КТП расставлены даты"),
    "plan.rename": noop("Audit", "КТП переименована"),
    "plan.topic_add": noop("Audit", "в КТП добавлена тема"),
    "plan.topic_change": noop("Audit", "изменена тема КТП"),
    "plan.topic_move": noop("Audit", "тема КТП перемещена"),
    "plan.topic_remove": noop("Audit", "тема КТП удалена"),
    "plan_topic.add": noop("Audit", "в КТП добавлена тема"),
    "plan_topic.change": noop("Audit", "изменена тема КТП"),
    "plan_topic.remove": noop("Audit", "тема КТП удалена"),
    "print.record": noop("Audit", "напечатан документ"),
    "student.change": noop("Audit", "изменены сведения об учащемся"),
    "student.transfer": noop("Audit", "учащийся переведён в другой класс"),
    "students.pd_check": noop("Audit", "проверены персональные данные класса"),
    "subgroup.create": noop("Audit", "создана подгруппа"),
    "subject.change": noop("Audit", "изменён предмет"),
    "subject.create": noop("Audit", "добавлен предмет"),
    "subject.delete": noop("Audit", "удалён предмет"),
    "substitution.cancel": noop("Audit", "замена отменена"),
    "substitution.set": noop("Audit", "назначена замена"),
    "timetable.add": noop("Audit", "урок добавлен в расписание"),
    "timetable.delete": noop("Audit", "урок удалён из расписания"),
    "timetable.end": noop("Audit", "урок расписания действует до даты"),
    "timetable.move": noop("Audit", "урок перенесён в расписании"),
    "timetable.room": noop("Audit", "изменён кабинет в расписании"),
    "user.change": noop("Audit", "изменены сведения о сотруднике"),
    "weekly_check.confirm": noop("Audit", "классный руководитель подтвердил проверку недели"),
    "weekly_check.reconfirm": noop("Audit", "проверка недели подтверждена заново"),
    "year.change": noop("Audit", "изменён учебный год"),
    "year.create": noop("Audit", "создан учебный год"),
    "year.delete": noop("Audit", "удалён учебный год"),
    "year.next": noop("Audit", "начат следующий учебный год"),
}


@dataclass(frozen=True)
class AuditRow:
    """One entry of the trail, ready to show."""

    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str
    action: str
    action_title: str
    entity: str
    entity_id: int | None
    class_id: int | None
    class_name: str
    subject_id: int | None
    subject_name: str
    lesson_id: int | None
    lesson_date: dt.date | None
    lesson_number: int | None
    student_id: int | None
    student_name: str
    old: str
    new: str
    reason: str

    @property
    def change(self) -> str:
        """«old → new» as the history shows it («—» for nothing)."""
        return f"{self.old or '—'} → {self.new or '—'}"


# the keys services write into old/new, as a person reads them
FIELD_TITLES: dict[str, str] = {
    "topic": noop("Audit", "тема"),
    "homework": noop("Audit", "д/з"),
    "lesson_type": noop("Audit", "тип урока"),
    "work_kind": noop("Audit", "вид работы"),
    "plan_topic": noop("Audit", "тема КТП"),
    "date": noop("Audit", "дата"),
    "number": noop("Audit", "урок"),
    "weight": noop("Audit", "вес"),
    "kind": noop("Audit", "вид"),
    "period": noop("Audit", "период"),
    "name": noop("Audit", "ФИО"),
    "title": noop("Audit", "название"),
    "login": noop("Audit", "логин"),
    "roles": noop("Audit", "роли"),
    "blocked": noop("Audit", "заблокирован"),
    "closed": noop("Audit", "закрыт"),
    "start": noop("Audit", "начало"),
    "end": noop("Audit", "конец"),
    "from": noop("Audit", "с"),
    "to": noop("Audit", "по"),
    "room": noop("Audit", "кабинет"),
    "weekday": noop("Audit", "день недели"),
    "order": noop("Audit", "приказ"),
    "hours": noop("Audit", "часов"),
    "failed": noop("Audit", "неудачных попыток"),
    "added": noop("Audit", "добавлено"),
    "changed": noop("Audit", "изменено"),
    "removed": noop("Audit", "удалено"),
    "kept": noop("Audit", "оставлено"),
    "sheet": noop("Audit", "лист"),
    "file": noop("Audit", "файл"),
    "path": noop("Audit", "путь"),
    "size": noop("Audit", "размер, байт"),
    "rows": noop("Audit", "записей"),
    "by": noop("Audit", "кто"),
    "created_at": noop("Audit", "сделана"),
    "content_sha256": noop("Audit", "SHA-256 содержимого"),
    "sha256": noop("Audit", "SHA-256"),
    "digest": noop("Audit", "дайджест"),
    "format": noop("Audit", "формат"),
    "sections": noop("Audit", "разделы"),
    "sheet_count": noop("Audit", "листов"),
    "pages": noop("Audit", "страниц"),
    "count": noop("Audit", "количество"),
    "year": noop("Audit", "учебный год"),
    "class": noop("Audit", "класс"),
    "classes": noop("Audit", "классы"),
    "level": noop("Audit", "параллель"),
    "subject": noop("Audit", "предмет"),
    "teacher": noop("Audit", "учитель"),
    "substitute": noop("Audit", "заменяющий"),
    "homeroom": noop("Audit", "классный руководитель"),
    "subgroup": noop("Audit", "подгруппа"),
    "student": noop("Audit", "учащийся"),
    "students": noop("Audit", "учащиеся"),
    "parent": noop("Audit", "родитель"),
    "relation": noop("Audit", "кем приходится"),
    "phone": noop("Audit", "телефон"),
    "email": noop("Audit", "эл. почта"),
    "purpose": noop("Audit", "цель"),
    "revoked_on": noop("Audit", "отозвано"),
    "note": noop("Audit", "примечание"),
    "on": noop("Audit", "дата"),
    "status": noop("Audit", "состояние"),
    "value": noop("Audit", "значение"),
    "code": noop("Audit", "код"),
    "version": noop("Audit", "версия"),
    "figures": noop("Audit", "показатели"),
    "week_start": noop("Audit", "неделя с"),
    "assignment": noop("Audit", "нагрузка"),
    "assignments": noop("Audit", "нагрузка"),
    "plan": noop("Audit", "КТП"),
    "section": noop("Audit", "раздел"),
    "lessons": noop("Audit", "уроков"),
    "entry": noop("Audit", "урок расписания"),
    "shift": noop("Audit", "смена"),
    "short": noop("Audit", "сокращённое название"),
    "days_per_week": noop("Audit", "дней в неделе"),
    "old_to": noop("Audit", "прежняя дата окончания"),
    "graduated": noop("Audit", "выпущено"),
    "graduates": noop("Audit", "выпускники"),
    "graduation_day": noop("Audit", "дата выпуска"),
    "graduation_order": noop("Audit", "приказ о выпуске"),
    "repeaters": noop("Audit", "оставлены на повторное обучение"),
    "archive": noop("Audit", "архив"),
    "id": noop("Audit", "номер"),
    "copies": noop("Audit", "копии"),
    "medium": noop("Audit", "носитель"),
    "location": noop("Audit", "место хранения"),
    "check_ok": noop("Audit", "проверка пройдена"),
    "checked_on": noop("Audit", "проверено"),
    "problem": noop("Audit", "неполадка"),
    "not_certified": noop("Audit", "не заверены"),
    "keep_journals_until": noop("Audit", "хранить журналы до"),
    "keep_summaries_until": noop("Audit", "хранить сводные ведомости до"),
    "server_role": noop("Audit", "роль на сервере"),
}


def _plain(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("Audit", "да") if value else tr("Audit", "нет")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[:4]}"  # an ISO date as schools write it
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _shown(raw: object) -> str:
    """An entry's old/new JSON as a person reads it."""
    text = str(raw or "")
    if not text:
        return ""
    try:
        value: Any = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict):
        for key in ("value", "code"):
            if key in value and len(value) <= 2:
                return str(value[key]) if value[key] is not None else ""
        return "; ".join(
            f"{tr('Audit', FIELD_TITLES[k]) if k in FIELD_TITLES else k}: {_plain(v)}" for k, v in value.items()
        )
    if value is None:
        return ""
    return str(value)


_short = short_name


def _class_name(level: object, letter: object, title: object, extracurricular: object) -> str:
    if extracurricular or level is None:
        return str(title or "")
    return f"{level}{letter or ''}"


def action_title(action: str) -> str:
    title = ACTION_TITLES.get(action)
    return tr("Audit", title) if title else action


def _query() -> Any:
    cls = SchoolClass.alias("cls")
    subj = Subject.alias("subj")
    les = Lesson.alias("les")
    stu = Student.alias("stu")
    who = User.alias("who")
    return (
        AuditEntry.select(
            AuditEntry.id, AuditEntry.at, AuditEntry.user, who.surname, who.name, who.patronymic,
            AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
            AuditEntry.school_class, cls.level, cls.letter, cls.title, cls.extracurricular,
            AuditEntry.subject, subj.name,
            AuditEntry.lesson, les.date, les.number,
            AuditEntry.student, stu.surname, stu.name, stu.patronymic,
            AuditEntry.old, AuditEntry.new, AuditEntry.reason,
        )
        .join_from(AuditEntry, who, JOIN.LEFT_OUTER, on=(AuditEntry.user == who.id))
        .join_from(AuditEntry, cls, JOIN.LEFT_OUTER, on=(AuditEntry.school_class == cls.id))
        .join_from(AuditEntry, subj, JOIN.LEFT_OUTER, on=(AuditEntry.subject == subj.id))
        .join_from(AuditEntry, les, JOIN.LEFT_OUTER, on=(AuditEntry.lesson == les.id))
        .join_from(AuditEntry, stu, JOIN.LEFT_OUTER, on=(AuditEntry.student == stu.id))
    )


def _rows(query: Any) -> list[AuditRow]:
    out: list[AuditRow] = []
    for (eid, at, uid, us, un, up, action, entity, entity_id, cid, level, letter, title, extra,
         sid, sname, lid, ldate, lnum, stid, ss, sn, sp, old, new, reason) in query.tuples():
        if isinstance(at, str):
            at = dt.datetime.fromisoformat(at)
        if isinstance(ldate, str):
            ldate = dt.date.fromisoformat(ldate)
        out.append(AuditRow(
            id=int(eid),
            at=at,
            user_id=int(uid) if uid is not None else None,
            user_name=_short(us, un, up) if uid is not None else tr("Audit", "программа"),
            action=str(action),
            action_title=action_title(str(action)),
            entity=str(entity),
            entity_id=int(entity_id) if entity_id is not None else None,
            class_id=int(cid) if cid is not None else None,
            class_name=_class_name(level, letter, title, extra) if level is not None or title else "",
            subject_id=int(sid) if sid is not None else None,
            subject_name=str(sname or ""),
            lesson_id=int(lid) if lid is not None else None,
            lesson_date=ldate,
            lesson_number=int(lnum) if lnum is not None else None,
            student_id=int(stid) if stid is not None else None,
            student_name=_short(ss, sn, sp) if ss else "",
            old=_shown(old),
            new=_shown(new),
            reason=str(reason or ""),
        ))
    return out


def audit_entries(
    actor: Actor,
    *,
    user_id: int | None = None,
    class_id: int | None = None,
    subject_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: str | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """The «Аудит» view: the newest entries first, within what the actor may see."""
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError(tr("Audit", "Дата «по» раньше даты «с»."))
    limit = max(1, min(int(limit), MAX_LIMIT))
    st = standing(actor)
    settings = school_settings.permission_settings()
    everything = decide(Action.VIEW_AUDIT, st.roles & GLOBAL_ROLES, settings).allowed
    own_classes: frozenset[int] = frozenset()
    own_entries = False
    if not everything:
        if Role.HOMEROOM in st.roles and decide(Action.VIEW_AUDIT, {Role.HOMEROOM}, settings).allowed:
            own_classes = st.homeroom_class_ids
        own_entries = Role.TEACHER in st.roles and decide(Action.VIEW_AUDIT, {Role.TEACHER}, settings).allowed
        if not own_classes and not own_entries:
            require(Action.VIEW_AUDIT, set())  # raises PermissionDenied with the table's wording
        if user_id is not None and user_id != actor.user_id and not own_classes:
            raise PermissionDenied(
                tr("Audit", "Учитель видит в журнале аудита только свои записи.")
            )
        if class_id is not None and class_id not in own_classes and not own_entries:
            raise PermissionDenied(
                tr("Audit", "Классный руководитель видит в журнале аудита только записи своего класса.")
            )
    query = _query()
    if not everything:
        scope = None
        if own_classes:
            scope = AuditEntry.school_class.in_(sorted(own_classes))
        if own_entries:
            mine = AuditEntry.user == actor.user_id
            scope = mine if scope is None else (scope | mine)
        query = query.where(scope)
    if user_id is not None:
        query = query.where(AuditEntry.user == user_id)
    if class_id is not None:
        query = query.where(AuditEntry.school_class == class_id)
    if subject_id is not None:
        query = query.where(AuditEntry.subject == subject_id)
    if date_from is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        query = query.where(AuditEntry.at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
    if kind:
        query = query.where((AuditEntry.action == kind) | AuditEntry.action.startswith(kind + "."))
    return _rows(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))


def cell_history(actor: Actor, lesson_id: int, student_id: int) -> list[AuditRow]:
    """Every change of one cell (one student at one lesson), oldest first: «История…» of the grid."""
    row = (
        Lesson.select(Lesson.assignment, Lesson.date, Lesson.number)
        .where(Lesson.id == lesson_id).tuples().first()
    )
    if row is None:
        raise NotFound(tr("Audit", "Урок не найден."))
    assignment_id, day, number = row
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    info = assignment_info(int(assignment_id))
    st = standing(actor)
    rel = relations_for_lesson(
        st, info.id, class_id=info.class_id, teacher_id=info.teacher_id, date=day, number=int(number)
    )
    require(Action.VIEW_JOURNAL, rel, what=info.where)
    query = _query().where((AuditEntry.lesson == lesson_id) & (AuditEntry.student == student_id))
    return _rows(query.order_by(AuditEntry.at, AuditEntry.id))


def kinds() -> list[tuple[str, str]]:
    """(kind, Russian title) for the view's filter."""
    return [(k, tr("Audit", v)) for k, v in KIND_TITLES.items()]
