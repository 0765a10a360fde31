"""The import dialog: file → preview (added / changed / refused with row numbers) → «Применить»."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QDialog

from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Student, User
from ejournal_desktop.ui.import_dialog import ImportDialog, NewAccountsDialog
from ejournal_desktop.ui.session import Session
from tests.factory import School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is

HEADER = ["Класс", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "№ личного дела", "Дата зачисления",
          "Приказ"]


def write(path: Path, rows: list[list[object]], sheet: str = "Учащиеся") -> str:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append(["Список учащихся 5 «А» класса"])
    ws.merge_cells("A1:I1")
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    return str(path)


def dialog_for(qtbot, school: School, kind: str = "students", who: str = "admin") -> ImportDialog:
    actor = school.actors()[who]
    session = Session(actor, standing(actor).roles, "журнал", today=today_is(dt.date(2025, 10, 1)))
    dialog = ImportDialog(session, kind)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def load(qtbot, dialog: ImportDialog, path: str) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.load_file(path)
    assert not dialog.busy()


MIXED = [HEADER,
         ["5А", "Новиков", "Олег", "Петрович", "02.03.2014", "м", "Л-100", "01.09.2025", "№ 12"],
         [],
         ["5А", "Алексеев", "Артём", "Игоревич", dt.date(2014, 2, 7), "м", "Л-001", "", "№ 7"],
         ["5А", "", "Дарья", "", "31.02.2014", "ж", "Л-101", "", ""],
         ["5А", "Петрова", "Анна", "Олеговна", "30.02.2014", "ж", "Л-102", "", ""],
         ["7Б", "Сомов", "Илья", "", "", "м", "Л-103", "", ""],
         ["5А", "Белова", "Дарья", "Сергеевна", "", "", "Л-104", "", ""]]


def test_preview_shows_added_changed_refused_and_refuses_apply(
        qtbot, gui_school: tuple[str, School], tmp_path: Path) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school)
    load(qtbot, dialog, write(tmp_path / "список.xlsx", MIXED))
    p = dialog.preview
    assert p is not None
    assert [r.row for r in p.added] == [3, 9]
    assert [r.row for r in p.changed] == [5]
    refused = {r.row: r.detail for r in p.refused}
    assert {6, 7, 8} <= set(refused) and "не указана фамилия" in refused[6]
    assert "не существует" in refused[7] and "неизвестный класс «7Б»" in refused[8]
    assert not dialog.apply_button.isEnabled()
    assert "отклонено" in dialog.summary.text()
    model = dialog.model
    texts = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert ["6", "отклонено", "Дарья, 5А", "не указана фамилия"] in texts
    dialog.resize(1000, 520)
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "import_preview.png"))
    dialog.only_refused.setChecked(True)
    assert model.rowCount() == len(p.refused)


def test_good_file_applies_all(qtbot, gui_school: tuple[str, School], tmp_path: Path) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school)
    rows = [HEADER] + [["5А", f"Новиков{i}", "Олег", "", "02.03.2014", "м", f"Н-{i}", "", ""] for i in range(50)]
    load(qtbot, dialog, write(tmp_path / "good.xlsx", rows))
    assert dialog.apply_button.isEnabled()
    before = Student.select().count()
    with qtbot.waitSignal(dialog.applied, timeout=30_000):
        qtbot.mouseClick(dialog.apply_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert Student.select().count() == before + 50
    assert dialog.result is not None and dialog.result.added == 50
    assert not dialog.apply_button.isEnabled()
    assert "добавлено — 50" in dialog.summary.text()


def test_broken_file_is_one_message(qtbot, gui_school: tuple[str, School], tmp_path: Path,
                                    dialogs: Dialogs) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school)
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"\x00garbage" * 100)
    load(qtbot, dialog, str(path))
    assert dialog.preview is None
    assert "не является книгой Excel" in dialogs.last().text
    assert not dialog.apply_button.isEnabled()


def test_teacher_without_rights_gets_a_refusal(qtbot, gui_school: tuple[str, School], tmp_path: Path,
                                               dialogs: Dialogs) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school, "staff", who="director")
    path = write(tmp_path / "staff.xlsx", [["Логин", "Фамилия", "Имя"], ["x1", "Новый", "Сотрудник"]],
                 sheet="Сотрудники")
    load(qtbot, dialog, path)
    assert dialog.preview is None and "Нет прав" in dialogs.last().text


def test_new_staff_passwords_shown_once(qtbot, gui_school: tuple[str, School], tmp_path: Path,
                                        on_modal) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school, "staff")
    path = write(tmp_path / "staff.xlsx", [["Логин", "Фамилия", "Имя", "Роли"],
                                           ["", "Новикова", "Вера", "учитель"]], sheet="Сотрудники")
    load(qtbot, dialog, path)
    seen: list[str] = []

    def answer(widget) -> None:
        assert isinstance(widget, NewAccountsDialog)
        seen.append(widget.findChildren(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)[1].text())
        SCREENSHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SCREENSHOTS / "import_new_accounts.png"))
        widget.done(QDialog.DialogCode.Accepted)

    watcher = on_modal(answer)
    dialog.apply()
    watcher.check()
    assert "novikova.v" in seen[0]
    assert User.get(User.login == "novikova.v").must_change_password


@pytest.mark.slow
def test_big_file_keeps_the_window_alive(qtbot, gui_school: tuple[str, School], tmp_path: Path) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school)
    rows = [HEADER] + [["5А", f"Фамилия{i}", "Имя", "", "", "", f"Б-{i}", "", ""] for i in range(3000)]
    path = write(tmp_path / "big.xlsx", rows)
    ticks: list[int] = []
    dialog.load_file(path)
    while dialog.busy():  # the GUI thread keeps running while the worker reads
        ticks.append(1)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    # load_file returned while the worker was still reading, and the GUI thread went on
    # processing events meanwhile (a count of ticks would measure the machine's speed)
    assert ticks
    assert dialog.preview is not None and len(dialog.preview.added) == 3000


def test_plan_import_lists_removed_and_kept_topics_and_removes_on_apply(
        qtbot, gui_school: tuple[str, School], tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from ejournal_desktop.exchange.sheets import read_table
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.imports import apply_import
    from ejournal_desktop.store.models import PlanTopic

    _, school = gui_school
    header = ["Предмет", "Параллель", "№", "Тема", "Часы", "Дата по плану", "Раздел"]
    topics = [["Математика", 5, n, t, 1, "", ""] for n, t in ((1, "Числа"), (2, "Шкалы"), (3, "Сложение"))]
    first = write(tmp_path / "ktp.xlsx", [header, *topics], sheet="КТП")
    apply_import(school.ivanova, read_table(Path(first).read_bytes(), "plan", name="ktp.xlsx"),
                 today=dt.date(2025, 10, 1))
    taught = PlanTopic.get(PlanTopic.title == "Шкалы")
    journal.set_lesson_details(school.ivanova, school.a["math5"], dt.date(2025, 9, 8), 1, expected_version=None,
                               topic="Шкалы", plan_topic_id=int(taught.id), today=dt.date(2025, 10, 1))
    dialog = dialog_for(qtbot, school, "plan", "ivanova")
    load(qtbot, dialog, write(tmp_path / "ktp2.xlsx", [header, topics[0]], sheet="КТП"))
    model = dialog.model
    texts = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert ["—", "удалить", "Математика, 5 кл., № 3", "«Сложение» — нет в файле: будет удалено"] in texts
    assert ["—", "оставить", "Математика, 5 кл., № 2",
            "«Шкалы» — нет в файле; оставлено: по теме уже проведён урок (08.09.2025)"] in texts
    assert "удалить тем КТП (нет в файле) — <b>1</b>" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    dialog.resize(1000, 520)
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "import_plan_removals.png"))
    with qtbot.waitSignal(dialog.applied, timeout=30_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert sorted(t.title for t in PlanTopic.select()) == ["Числа", "Шкалы"]
    assert "удалено тем КТП — 1" in dialog.summary.text()
