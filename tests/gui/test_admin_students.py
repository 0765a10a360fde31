"""«Учащиеся» driven like a user: the admin and the homeroom teacher work with 5А, a director only looks;
the invitation slips dialog saves the PDF of reset accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDialog, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import accounts, journal
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Enrollment, Parent, Student
from ejournal_desktop.ui.admin_slips import SlipsDialog, reset_and_print
from ejournal_desktop.ui.admin_students import StudentsPanel
from ejournal_desktop.ui.missing_consents import MissingConsentsDialog
from ejournal_desktop.ui.session import Session
from tests.factory import FRI, MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is

pytestmark = pytest.mark.gui
TODAY = dt.date(2025, 10, 1)


def open_panel(qtbot: QtBot, school: School, login: str) -> StudentsPanel:
    actor = school.actors()[login]
    panel = StudentsPanel(Session(actor, standing(actor).roles, "журнал", today=today_is(TODAY)))
    qtbot.addWidget(panel)
    panel.resize(1500, 820)
    panel.show()
    return panel


def shot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def fill(dialog: QWidget, **values: object) -> None:
    for name, value in values.items():
        line = dialog.findChild(QLineEdit, name)
        if line is not None:
            line.setText(str(value))
            continue
        date = dialog.findChild(QDateEdit, name)
        if date is not None:
            assert isinstance(value, dt.date)
            date.setDate(QDate(value.year, value.month, value.day))
            continue
        box = dialog.findChild(QComboBox, name)
        assert box is not None, name
        if box.isEditable():
            box.setCurrentText(str(value))
        else:
            box.setCurrentIndex(box.findText(str(value)))


def test_admin_enrols_adds_parent_consent_and_transfers(qtbot: QtBot, gui_school: tuple[str, School],
                                                        on_modal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        dialogs: Dialogs) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school, "admin")
    assert [panel.class_list.item(i).text().split(" ")[0] for i in range(panel.class_list.count())] == \
        ["1А", "5А", "6А"]
    panel.select_class(school.classes["5А"])
    assert panel.student_table.rowCount() == 6 and panel.enroll_button.isEnabled()

    # enrol a new student through the dialog
    def enrol(d: QWidget) -> None:
        fill(d, surname="Яковлева", name="Софья", patronymic="Андреевна", birth=dt.date(2014, 5, 20), file="Л-100",
             date=dt.date(2025, 10, 1), order="№ 77")
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(enrol)
    qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
    answer.check()
    new = Student.get(Student.personal_file_no == "Л-100")
    assert panel.current_student() == new.id and panel.surname.text() == "Яковлева"

    # a parent with contacts, then her consent
    def parent(d: QWidget) -> None:
        fill(d, surname="Яковлева", name="Ирина", patronymic="Олеговна", relation="мать", phone="+7 911 222-33-44",
             email="yakovleva@example.ru")
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(parent)
    qtbot.mouseClick(panel.add_parent_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert panel.parent_table.rowCount() == 1 and panel.parent_table.item(0, 2).text() == "+7 911 222-33-44"
    assert panel.parent_table.item(0, 4).text() == "нет"
    panel.parent_table.selectRow(0)

    def consent(d: QWidget) -> None:
        box = d.findChild(QComboBox, "who")
        box.setCurrentIndex(1)  # the mother
        fill(d, date=dt.date(2025, 10, 1))
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(consent)
    qtbot.mouseClick(panel.consent_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert panel.parent_table.item(0, 4).text() == "есть"
    shot(panel, "students")

    # who lacks a consent
    missing = panel.missing_dialog()
    assert isinstance(missing, MissingConsentsDialog)
    missing.show()
    assert missing.class_combo.currentText() == "5А"  # the class chosen in the panel
    assert len(missing.shown) == 7 + 6  # every student's own consent; six with no parents recorded
    assert missing.group_texts() == ["5А — без согласия: 13"]
    shot(missing, "students_missing_consents")
    missing.close()

    # the consent form of the mother
    target = tmp_path / "consent.pdf"
    save_to(monkeypatch, target)
    panel.parent_table.selectRow(0)  # the form is filled for the selected parent
    qtbot.mouseClick(panel.form_button, Qt.MouseButton.LeftButton)
    assert "Яковлева Ирина Олеговна" in " ".join(pypdf.PdfReader(str(target)).pages[0].extract_text().split())

    # transfer Алексеев from 5А to 6А after Friday; his marks stay; the extract is printed
    first = school.students["5А"][0]
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, first, "5")
    panel.refresh()
    panel.select_student(first)

    def transfer(d: QWidget) -> None:
        fill(d, target="6А", date=FRI, order="№ 80")
        shot(d, "students_transfer_dialog")
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(transfer)
    qtbot.mouseClick(panel.transfer_button, Qt.MouseButton.LeftButton)
    answer.check()
    old, new_e = Enrollment.select().where(Enrollment.student == first).order_by(Enrollment.date_from)
    assert old.date_to == FRI and new_e.school_class_id == school.classes["6А"] and new_e.order_in == "№ 80"
    panel.select_student(first)
    assert "6А" in panel.movement_label.text() and "№ 80" in panel.movement_label.text()
    assert not panel.transfer_button.isEnabled()  # no longer in 5А
    extract = tmp_path / "extract.pdf"
    save_to(monkeypatch, extract)
    qtbot.mouseClick(panel.extract_button, Qt.MouseButton.LeftButton)
    text = " ".join(pypdf.PdfReader(str(extract)).pages[0].extract_text().split())
    assert "ВЫПИСКА" in text and "5 (08.09)" in text
    assert dialogs.last().title == "PDF сохранён"


def test_homeroom_teacher_edits_own_class_and_records_the_check(qtbot: QtBot, gui_school: tuple[str, School],
                                                                on_modal, dialogs: Dialogs) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school, "ivanova")
    assert panel.class_list.count() == 1 and panel.current_class().name == "5А"
    assert panel.save_button.isEnabled()
    panel.address.setText("г. Окуловка, ул. Кирова, д. 5")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert Student.get_by_id(school.students["5А"][0]).address == "г. Окуловка, ул. Кирова, д. 5"

    def check(d: QWidget) -> None:
        fill(d, date=TODAY, note="адреса сверены")
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(check)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert "01.10.2025" in panel.check_label.text() and "Иванова" in panel.check_label.text()
    shot(panel, "students_homeroom")
    # a conflicting edit: someone changed the card meanwhile
    Student.update(version=Student.version + 5).where(Student.id == school.students["5А"][0]).execute()
    panel.address.setText("другой адрес")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().title == "Данные изменены другим пользователем"


def test_school_wide_missing_consents_filter_forms_and_excel(
        qtbot: QtBot, gui_school: tuple[str, School], on_modal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs: Dialogs) -> None:
    from openpyxl import load_workbook

    from ejournal_desktop.services import students

    _, school = gui_school
    belova = school.students["5А"][1]
    students.add_parent(school.admin, belova, "Белов", "Сергей", "Ильич", relation="отец")
    students.record_consent(school.admin, student_id=belova, given_on=dt.date(2025, 9, 1), today=TODAY)
    panel = open_panel(qtbot, school, "admin")
    panel.select_class(school.classes["6А"])
    d = panel.missing_dialog()
    assert isinstance(d, MissingConsentsDialog)
    qtbot.addWidget(d)
    d.show()
    assert d.class_combo.currentText() == "6А" and len(d.shown) == 6
    d.class_combo.setCurrentIndex(0)  # все классы
    # 1А: 3 × 2; 5А: Белова's father + 5 × 2; 6А: 3 × 2
    assert d.group_texts() == ["1А — без согласия: 6", "5А — без согласия: 11", "6А — без согласия: 6"]
    assert "всего строк: 23" in d.count_label.text()
    d.who_combo.setCurrentIndex(d.who_combo.findData("parent"))
    assert [(m.student_name, m.person) for m in d.shown] == [("Белова Дарья Сергеевна", "Белов Сергей Ильич")]
    d.who_combo.setCurrentIndex(0)
    d.search.setText("морозов")
    assert d.group_texts() == ["6А — без согласия: 2"]
    d.search.setText("")
    d.class_combo.setCurrentIndex(d.class_combo.findData(school.classes["5А"]))
    d.resize(1000, 560)
    shot(d, "students_missing_consents_school")

    # the forms of the shown rows in one PDF: the father's and five blank ones, a form a page
    target_pdf = tmp_path / "бланки.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target_pdf), "")))
    qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().title == "Бланки согласия" and d.last_file == target_pdf
    pages = [p.extract_text() for p in pypdf.PdfReader(str(target_pdf)).pages]
    assert len(pages) == 6 and all("СОГЛАСИЕ" in t for t in pages)
    assert sum("Белов Сергей Ильич" in t for t in pages) == 1

    # Excel of what is shown
    target = tmp_path / "без согласия"
    save_to(monkeypatch, target)
    qtbot.mouseClick(d.excel_button, Qt.MouseButton.LeftButton)
    ws = load_workbook(tmp_path / "без согласия.xlsx").active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "Белов Сергей Ильич" in values and values.count("5А") == 11

    # a double click opens the student's card in the panel
    group = d.tree.topLevelItem(0)
    d._open(group.child(0), 0)
    assert panel.current_class().name == "5А" and panel.card is not None
    assert panel.card.student_id == d.shown[0].student_id


def test_homeroom_teacher_sees_only_own_class_missing(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school, "ivanova")
    d = panel.missing_dialog()
    assert isinstance(d, MissingConsentsDialog)
    qtbot.addWidget(d)
    assert [d.class_combo.itemText(i) for i in range(d.class_combo.count())] == ["все классы", "5А"]
    d.class_combo.setCurrentIndex(0)
    assert d.group_texts() == ["5А — без согласия: 12"]


def test_director_only_looks(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school, "director")
    panel.select_class(school.classes["5А"])
    assert "только просмотр" in panel.class_label.text()
    for b in (panel.enroll_button, panel.leave_button, panel.transfer_button, panel.save_button,
              panel.add_parent_button, panel.consent_button, panel.check_button):
        assert not b.isEnabled()
    assert panel.extract_button.isEnabled() and panel.missing_button.isEnabled()
    assert not panel.surname.isEnabled()
    shot(panel, "students_director")
    assert Parent.select().count() == 0


def test_slips_dialog_and_bulk_reset(qtbot: QtBot, gui_school: tuple[str, School], on_modal, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    actor = school.admin
    session = Session(actor, standing(actor).roles, "журнал", today=today_is(TODAY))
    made = [accounts.create_user(actor, f"new{i}", "Новикова", f"Елена{i}", "Игоревна") for i in range(3)]
    dialog = SlipsDialog(session, made)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Приглашений: 3" in dialog.summary.text() and dialog.table.rowCount() == 3
    shot(dialog, "slips_dialog")
    target = tmp_path / "slips.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages)
    assert all(a.login in text and a.temporary_password in text for a in made)
    dialog.close()

    # «Сбросить пароль» for several selected people at once, their slips saved
    bulk = tmp_path / "bulk.pdf"
    save_to(monkeypatch, bulk)

    def save_and_close(d: QWidget) -> None:
        assert isinstance(d, SlipsDialog)
        d.save()
        d.accept()

    answer = on_modal(save_and_close)
    host = QWidget()
    qtbot.addWidget(host)
    new = reset_and_print(host, session, [school.petrov.user_id, school.sidorova.user_id])
    answer.check()
    assert [a.login for a in new] == ["petrov", "sidorova"]
    reader = pypdf.PdfReader(str(bulk))
    assert len(reader.pages) == 2
    assert all(a.temporary_password in reader.pages[0].extract_text() for a in new)
    assert isinstance(answer.seen, QDialog)
