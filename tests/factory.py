"""A small fixed school built through the services, for data-layer and GUI tests.

Year 2025/2026 in quarters; classes 5А (homeroom: Иванова), 1А (Петров), 6А;
subjects taught on a fixed weekly timetable.  Everything is created by the
administrator through the same services the program uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ejournal_desktop.services import accounts, auth, structure
from ejournal_desktop.services.access import Actor, actor_for
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store.models import User

D = dt.date
YEAR = ("2025/2026", D(2025, 9, 1), D(2026, 5, 31))
QUARTERS = (
    (1, "1 четверть", D(2025, 9, 1), D(2025, 10, 26)),
    (2, "2 четверть", D(2025, 11, 5), D(2025, 12, 28)),
    (3, "3 четверть", D(2026, 1, 12), D(2026, 3, 22)),
    (4, "4 четверть", D(2026, 4, 1), D(2026, 5, 26)),
)
HOLIDAYS = (
    ("Осенние каникулы", D(2025, 10, 27), D(2025, 11, 4)),
    ("Зимние каникулы", D(2025, 12, 29), D(2026, 1, 11)),
    ("Весенние каникулы", D(2026, 3, 23), D(2026, 3, 31)),
)
PASSWORD = "password1"

# a Monday and the days after it, in the first quarter
MON = D(2025, 9, 8)
TUE, WED, THU, FRI = (MON + dt.timedelta(days=i) for i in range(1, 5))


@dataclass
class School:
    admin: Actor
    director: Actor = None  # type: ignore[assignment]
    deputy: Actor = None  # type: ignore[assignment]
    ivanova: Actor = None  # type: ignore[assignment]  # maths in 5А, homeroom of 5А
    petrov: Actor = None  # type: ignore[assignment]  # Russian in 5А, nature in 1А, homeroom of 1А
    sidorova: Actor = None  # type: ignore[assignment]  # maths in 6А
    year: int = 0
    periods: list[int] = field(default_factory=list)
    subjects: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    students: dict[str, list[int]] = field(default_factory=dict)
    a: dict[str, int] = field(default_factory=dict)  # assignments by key

    def actors(self) -> dict[str, Actor]:
        return {"admin": self.admin, "director": self.director, "deputy": self.deputy,
                "ivanova": self.ivanova, "petrov": self.petrov, "sidorova": self.sidorova}


def _user(admin: Actor, login: str, surname: str, name: str, patronymic: str, roles) -> Actor:
    new = accounts.create_user(admin, login, surname, name, patronymic, roles)
    accounts.set_password(admin, new.user_id, PASSWORD)
    return actor_for(User.get_by_id(new.user_id))


STUDENTS = {
    "5А": [("Алексеев", "Артём", "Игоревич"), ("Белова", "Дарья", "Сергеевна"),
           ("Васильев", "Иван", "Петрович"), ("Григорьева", "Анна", "Олеговна"),
           ("Дмитриев", "Егор", "Андреевич"), ("Ёлкина", "Мария", "Викторовна")],
    "1А": [("Жуков", "Максим", "Ильич"), ("Зайцева", "Ева", "Романовна"),
           ("Ильин", "Лев", "Денисович")],
    "6А": [("Киселёв", "Павел", "Антонович"), ("Лебедева", "Ольга", "Ивановна"),
           ("Морозов", "Никита", "Олегович")],
}


def build_school(admin: Actor) -> School:
    s = School(admin=admin)
    s.director = _user(admin, "director", "Орлова", "Елена", "Викторовна", [Role.DIRECTOR])
    s.deputy = _user(admin, "deputy", "Смирнова", "Ольга", "Павловна", [Role.DEPUTY, Role.TEACHER])
    s.ivanova = _user(admin, "ivanova", "Иванова", "Мария", "Петровна", [Role.TEACHER])
    s.petrov = _user(admin, "petrov", "Петров", "Сергей", "Николаевич", [Role.TEACHER])
    s.sidorova = _user(admin, "sidorova", "Сидорова", "Анна", "Ивановна", [Role.TEACHER])
    name, start, end = YEAR
    s.year = structure.create_year(admin, name, start, end)
    for number, title, pstart, pend in QUARTERS:
        s.periods.append(structure.add_period(admin, s.year, number, title, pstart, pend))
    for title, hstart, hend in HOLIDAYS:
        structure.add_holiday(admin, s.year, title, hstart, hend)
    for subject in ("Математика", "Русский язык", "Окружающий мир"):
        s.subjects[subject] = structure.create_subject(admin, subject)
    s.classes["5А"] = structure.create_class(admin, s.year, 5, "А", homeroom_id=s.ivanova.user_id)
    s.classes["1А"] = structure.create_class(admin, s.year, 1, "А", homeroom_id=s.petrov.user_id)
    s.classes["6А"] = structure.create_class(admin, s.year, 6, "А")
    n = 0
    for cls, names in STUDENTS.items():
        s.students[cls] = []
        for surname, first, patronymic in names:
            n += 1
            s.students[cls].append(structure.enroll_new_student(
                admin, s.classes[cls], surname, first, patronymic,
                birth_date=D(2014, 1, 1) + dt.timedelta(days=37 * n),
                personal_file_no=f"Л-{n:03d}", date_from=start, reason="Зачисление", order="№ 1"))
    sub, cls_ = s.subjects, s.classes
    s.a["math5"] = structure.create_assignment(admin, s.ivanova.user_id, sub["Математика"], cls_["5А"], 5)
    s.a["rus5"] = structure.create_assignment(admin, s.petrov.user_id, sub["Русский язык"], cls_["5А"], 4)
    s.a["nature1"] = structure.create_assignment(admin, s.petrov.user_id, sub["Окружающий мир"], cls_["1А"], 2)
    s.a["math6"] = structure.create_assignment(admin, s.sidorova.user_id, sub["Математика"], cls_["6А"], 5)
    for key, slots in {
        "math5": ((1, 1), (3, 2), (5, 3)),
        "rus5": ((2, 1), (4, 1)),
        "nature1": ((1, 2),),
        "math6": ((1, 3), (2, 2)),
    }.items():
        for weekday, number in slots:
            structure.add_timetable_entry(admin, s.a[key], weekday, number, room="21",
                                          valid_from=start)
    for number, (b_start, b_end) in enumerate((("08:30", "09:15"), ("09:25", "10:10"),
                                               ("10:25", "11:10"), ("11:25", "12:10")), 1):
        structure.set_bell(admin, 1, number, b_start, b_end)
    return s


def login(login_name: str) -> Actor:
    return auth.login(login_name, PASSWORD).actor
