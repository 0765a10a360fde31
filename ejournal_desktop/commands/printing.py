"""``ejournal print``, ``ejournal certify`` and ``ejournal verify`` (issue 6).

* ``ejournal print journal|summary|subject|volume --db D --class 5А [--year 2025/2026]
  [--subject …] [--period N] -o FILE.pdf`` — the bound journal of a class, its summary
  sheet of final marks, the pages of one subject (of one period), or the volume of all
  classes' summary sheets of a year.  Acting user from ``--user``/``$EJOURNAL_USER``;
  PRINT_JOURNAL for the class (a subject teacher is refused).
* ``ejournal print diary --class 5А [--student "Фамилия Имя"] --from D --to D``,
  ``ejournal print letters --class 5А [--student …] --period N [--remark TEXT]`` — for parents
  (PARENT_REPORTS); each written file is recorded as a contact with every parent.
* ``ejournal print period --period N [--class 5А]`` — a period's pages of every class in one PDF.
* Every written PDF leaves a row in the print log (services/print_log.py).
* ``ejournal certify --db D --class 5А [--year …] [--yes]`` — the director certifies the
  journal; asks to confirm unless ``--yes`` (without a terminal and without ``--yes`` refuses).
* ``ejournal verify --db D --class 5А [--year …]`` — exit 0 when the journal matches what
  was certified, 1 and the kinds of data that differ otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ejournal_desktop import cli as _cli
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import certification, parent_docs, print_log, printdata
from ejournal_desktop.services import settings as school_settings

WHAT = ("journal", "summary", "subject", "volume", "diary", "letters", "period")

# how a confirmation is asked (replaced in tests)
ask: Callable[[str], str] = input


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``print``, ``certify`` and ``verify`` to the subcommands of ``ejournal``."""
    p = commands.add_parser(
        "print", help="напечатать журнал класса, сводную ведомость или страницы предмета в PDF",
        description="Записывает в PDF: journal — журнал класса за учебный год для брошюровки (титульный лист "
                    "с числом листов, страницы предметов, посещаемость, сводная ведомость, замены, движение "
                    "учащихся); summary — сводную ведомость итоговых отметок класса; subject — страницы "
                    "журнала одного предмета (--subject) за период (--period) или за год; volume — сводные "
                    "ведомости всех классов года одним томом; diary — отчёт-дневник учащегося (--student) или "
                    "всех учащихся класса за дни с --from по --to; letters — информационные письма родителям за "
                    "период (--period), по письму на страницу; period — страницы журналов всех классов (или "
                    "одного, --class) за период (--period) одним файлом с содержанием. Печатают администратор "
                    "ЭЖ, директор, заместитель директора и классный руководитель (свой класс). Каждый "
                    "записанный файл попадает в журнал печати; выданные дневники и письма записываются как "
                    "контакты с родителями.",
    )
    _cli._add_common(p, top=False)
    p.add_argument("what", choices=WHAT, metavar="ЧТО",
                   help="journal, summary, subject, volume, diary, letters или period")
    _class_arguments(p, required=False)
    p.add_argument("--subject", metavar="ПРЕДМЕТ", help="предмет (для subject), например «Математика»")
    p.add_argument("--period", type=_cli._int_arg, metavar="N",
                   help="номер учебного периода (для subject — без него весь год; для letters и period обязателен)")
    p.add_argument("--student", metavar="«ФАМИЛИЯ ИМЯ»",
                   help="один учащийся (для diary и letters; без него — весь класс)")
    p.add_argument("--from", dest="date_from", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД",
                   help="первый день отчёта-дневника (для diary)")
    p.add_argument("--to", dest="date_to", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД",
                   help="последний день отчёта-дневника (для diary)")
    p.add_argument("--remark", metavar="ТЕКСТ", default="",
                   help="замечания классного руководителя — одинаковые во всех письмах (для letters)")
    p.add_argument("-o", "--output", metavar="ФАЙЛ.pdf", required=True, help="куда записать PDF")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_print)

    p = commands.add_parser(
        "certify", help="заверить журнал класса за учебный год (директор)",
        description="Директор заверяет журнал класса за учебный год: программа запоминает контрольную сумму "
                    "(SHA-256) всех данных журнала, и год этого класса становится только для чтения. "
                    "Отменить заверение нельзя.",
    )
    _cli._add_common(p, top=False)
    _class_arguments(p, required=True)
    p.add_argument("--yes", action="store_true", help="не спрашивать подтверждения")
    p.add_argument("-o", "--output", metavar="ФАЙЛ.pdf",
                   help="сразу записать заверенный журнал в PDF (с контрольной суммой на титульном листе)")
    p.add_argument("--cert", metavar="ФАЙЛ.p12",
                   help="подписать этот PDF электронной подписью: сертификат с ключом в файле PKCS#12 "
                        "(нужен -o и пакет pyHanko)")
    p.add_argument("--cert-password-file", metavar="ФАЙЛ",
                   help="файл, первая строка которого — пароль сертификата (иначе $EJOURNAL_CERT_PASSWORD "
                        "или вопрос в терминале)")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_certify)

    p = commands.add_parser(
        "verify", help="проверить, не изменён ли заверенный журнал",
        description="Пересчитывает контрольную сумму журнала класса по базе данных и сравнивает с заверенной. "
                    "Код выхода 0 — совпадает, 1 — данные изменены (называется, какие именно).",
    )
    _cli._add_common(p, top=False)
    _class_arguments(p, required=True)
    p.add_argument("--pdf", metavar="ФАЙЛ.pdf",
                   help="также проверить напечатанный заверенный журнал: его электронную подпись и "
                        "контрольную сумму")
    p.add_argument("--trust", metavar="КОРНЕВОЙ.crt", action="append",
                   help="доверенный корневой сертификат для проверки подписи (можно несколько раз)")
    p.set_defaults(handler=cmd_verify)


def _class_arguments(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--class", dest="class_name", metavar="КЛАСС", required=required,
                   help="класс, например 5А")
    p.add_argument("--year", metavar="ГОД",
                   help="учебный год, например 2025/2026 (по умолчанию — текущий)")


def _need_class(args: argparse.Namespace) -> str:
    name = (getattr(args, "class_name", None) or "").strip()
    if not name:
        raise _cli.CliError("Укажите класс: --class 5А.", _cli.EXIT_NO_JOURNAL)
    return name


def _output(path_text: str) -> Path:
    path = Path(path_text)
    if path.is_dir():
        raise _cli.CliError(f"«{path}» — это папка: укажите имя файла PDF.")
    if not path.parent.exists():
        raise _cli.CliError(f"Папки «{path.parent}» нет.")
    return path


def _write(render: Callable[[Path], int], path: Path) -> int:
    """Write through a temporary file next to the target, so a failed print leaves no half PDF."""
    tmp = path.with_name(path.name + ".part")
    try:
        sheets = render(tmp)
        tmp.replace(path)
    except OSError as exc:
        raise _cli.CliError(f"Не удалось записать «{path}»: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return sheets


def _need_period(args: argparse.Namespace, year_id: int) -> int:
    if args.period is None:
        raise _cli.CliError("Укажите номер учебного периода: --period 1.", _cli.EXIT_NO_JOURNAL)
    return printdata.find_period(year_id, args.period)


def _log(actor: Any, kind: str, path: Path, sheets: int, *, class_id: int | None, year_id: int,
         period_id: int | None = None, subject_id: int | None = None) -> None:
    print_log.record(actor, kind, class_id=class_id, year_id=year_id, period_id=period_id, subject_id=subject_id,
                     pages=sheets, digest=print_log.file_digest(path), file_name=path.name)


def cmd_print(args: argparse.Namespace) -> int:
    from ejournal_desktop.printing import journal as printing

    path = _output(args.output)
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        if args.what == "volume":
            year_id = printdata.find_year(args.year)
            classes = [cid for cid, _ in printdata.printable_classes(actor, year_id)]
            if not classes:
                raise _cli.CliError("Нет классов, сводные ведомости которых вы можете напечатать.")
            datas = [printdata.class_journal(actor, cid) for cid in classes]
            year_name = datas[0].year_name
            sheets = _write(lambda out: printing.render_summary_volume(
                datas, out, school_name=str(school_settings.get("school_name") or ""),
                director=datas[0].director_name, year_name=year_name), path)
            _log(actor, "volume", path, sheets, class_id=None, year_id=year_id)
            what = f"сводные ведомости итоговых отметок {len(datas)} классов за {year_name} учебный год"
        elif args.what == "period":
            what, sheets = _print_period(args, actor, path)
        elif args.what in ("diary", "letters"):
            what, sheets = _print_for_parents(args, actor, path)
        else:
            class_id, year_id = printdata.find_class(_need_class(args), args.year)
            if args.what == "journal":
                data = printdata.class_journal(actor, class_id)
                sheets = _write(lambda out: printing.render_journal(data, out), path)
                _log(actor, "journal", path, sheets, class_id=class_id, year_id=year_id)
                what = f"журнал класса {data.class_name} за {data.year_name} учебный год"
            elif args.what == "summary":
                data = printdata.class_journal(actor, class_id)
                sheets = _write(lambda out: printing.render_summary(data, out), path)
                _log(actor, "summary", path, sheets, class_id=class_id, year_id=year_id)
                what = f"сводная ведомость итоговых отметок класса {data.class_name} за {data.year_name} учебный год"
            else:
                if not args.subject:
                    raise _cli.CliError("Укажите предмет: --subject «Математика».", _cli.EXIT_NO_JOURNAL)
                printdata.require_print(actor, class_id)
                subject_id = printdata.find_subject(class_id, args.subject)
                period_id = printdata.find_period(year_id, args.period) if args.period is not None else None
                data = printdata.subject_pages(actor, class_id, subject_id, period_id)
                sheets = _write(lambda out: printing.render_subject_pages(data, out), path)
                _log(actor, "subject", path, sheets, class_id=class_id, year_id=year_id, period_id=period_id,
                     subject_id=subject_id)
                span = data.period_filter.name if data.period_filter else f"{data.year_name} учебный год"
                what = f"страницы журнала «{data.subjects[0].subject_name}», класс {data.class_name}, {span}"
    finally:
        _cli._close(db)
    print(f"Записано: {path} — {what}, {printing.sheets_phrase(sheets)}.")
    return _cli.EXIT_OK


def _print_period(args: argparse.Namespace, actor: Any, path: Path) -> tuple[str, int]:
    """Pages of one period for every class (or one, --class) in one PDF; a print-log row per class."""
    from ejournal_desktop.printing import period_pages

    if args.class_name:
        class_id, year_id = printdata.find_class(args.class_name, args.year)
        printdata.require_print(actor, class_id)
        class_ids: list[int] | None = [class_id]
    else:
        year_id = printdata.find_year(args.year)
        class_ids = None
    period_id = _need_period(args, year_id)
    datas = period_pages.gather(actor, year_id, period_id, class_ids)
    if not datas:
        raise _cli.CliError("Нет классов, страницы журналов которых вы можете напечатать за этот период.")
    period_name = datas[0].period_filter.name if datas[0].period_filter else ""
    per_class: dict[int, int] = {}

    def render(out: Path) -> int:
        total, counts = period_pages.render_period_pages(
            datas, out, school_name=datas[0].school_name, director=datas[0].director_name,
            year_name=datas[0].year_name, period_name=period_name)
        per_class.update(counts)
        return total

    sheets = _write(render, path)
    print_log.record_many(actor, "period_pages", [(d.class_id, per_class.get(d.class_id, 0)) for d in datas],
                          year_id=year_id, period_id=period_id, digest=print_log.file_digest(path),
                          file_name=path.name)
    return (f"страницы журналов {len(datas)} классов за {period_name.lower()} {datas[0].year_name} учебного года",
            sheets)


def _print_for_parents(args: argparse.Namespace, actor: Any, path: Path) -> tuple[str, int]:
    """A diary report or information letters; recorded as contacts with the parents once written."""
    from ejournal_desktop.printing.diary import render_diary
    from ejournal_desktop.printing.letters import render_letters

    class_id, year_id = printdata.find_class(_need_class(args), args.year)
    parent_docs.require_reports(actor, class_id)
    student_id = parent_docs.find_student(class_id, args.student) if args.student else None
    report: parent_docs.DiaryReport | parent_docs.LetterBatch
    if args.what == "diary":
        if args.date_from is None or args.date_to is None:
            raise _cli.CliError("Укажите дни отчёта-дневника: --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД.",
                                _cli.EXIT_NO_JOURNAL)
        diary = parent_docs.diary_report(actor, class_id, args.date_from, args.date_to, student_id)
        report = diary
        sheets = _write(lambda out: render_diary(diary, out), path)
        who = diary.students[0].full_name if student_id is not None and diary.students else \
            f"учащиеся класса {diary.class_name} ({len(diary.students)})"
        what = f"отчёт-дневник {diary.span}: {who}"
    else:
        period_id = _need_period(args, year_id)
        batch = parent_docs.letters(actor, class_id, period_id, student_id, args.remark or "")
        report = batch
        sheets = _write(lambda out: render_letters(batch, out), path)
        what = (f"информационные письма родителям за {batch.period_name} ({len(batch.letters)}), "
                f"класс {batch.class_name}")
    contacts = parent_docs.issue(actor, report, pages=sheets, digest=print_log.file_digest(path),
                                 file_name=path.name)
    return f"{what}; записано контактов с родителями: {contacts}", sheets


def _confirm(text: str, yes: bool) -> None:
    if yes:
        return
    if not _cli._stdin_is_terminal() and ask is input:
        raise _cli.CliError("Заверение необратимо: подтвердите его параметром --yes "
                            "(спросить подтверждение негде — нет терминала).")
    print(text)
    answer = ask("Введите «да», чтобы заверить: ").strip().lower()
    if answer not in ("да", "д", "yes", "y"):
        raise _cli.CliError("Заверение отменено: журнал не изменён.")


def _cert_password(args: argparse.Namespace) -> str | None:
    import getpass
    import os

    if args.cert_password_file:
        return _cli.read_secret_file(args.cert_password_file)
    if os.environ.get("EJOURNAL_CERT_PASSWORD"):
        return os.environ["EJOURNAL_CERT_PASSWORD"]
    if _cli._stdin_is_terminal():
        return getpass.getpass(f"Пароль сертификата {args.cert}: ") or None
    return None


def cmd_certify(args: argparse.Namespace) -> int:
    from ejournal_desktop.printing import signing
    from ejournal_desktop.printing.journal import count_sheets, render_journal, sheets_phrase

    out_path = _output(args.output) if args.output else None
    cert_file = Path(args.cert) if args.cert else None
    passphrase: str | None = None
    if cert_file is not None:
        if out_path is None:
            raise _cli.CliError("Для подписи укажите, куда записать подписанный журнал: -o ФАЙЛ.pdf.",
                                _cli.EXIT_NO_JOURNAL)
        passphrase = _cert_password(args)
        signing.load_signer(cert_file, passphrase)  # a wrong file or password is refused before certifying
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        class_id, year_id = printdata.find_class(_need_class(args), args.year)
        certification.check_may_certify(actor, class_id, year_id)
        _confirm(certification.confirmation_text(class_id, year_id), bool(args.yes))
        cert = certification.certify(actor, class_id, year_id, count_sheets=count_sheets)
        info = certification.status(class_id, year_id)
        assert info is not None
        class_name = dict(printdata.classes_of_year(year_id)).get(class_id, "")
        year_name = dict(printdata.years()).get(year_id, "")
        data = printdata.class_journal(actor, class_id) if out_path is not None else None
    finally:
        _cli._close(db)
    print(f"Журнал класса {class_name} за {year_name} учебный год заверен "
          f"{format_date_ru(info.certified_at.date())} ({info.certified_by}).")
    print(f"В журнале {sheets_phrase(int(cert.sheet_count))}.")
    print(f"Контрольная сумма SHA-256: {cert.digest}")
    if out_path is not None and data is not None:
        journal_data = data

        def write(tmp: Path) -> int:
            sheets = render_journal(journal_data, tmp)
            if cert_file is not None:
                signed = signing.sign_pdf(tmp.read_bytes(), cert_file, passphrase,
                                          reason=f"Заверение журнала {class_name} за {year_name} учебный год",
                                          signer_name=journal_data.director_name)
                tmp.write_bytes(signed)
            return sheets

        _write(write, out_path)
        print(f"Записано: {out_path}" + (" (подписан электронной подписью)" if cert_file else ""))
    print("Год этого класса теперь только для чтения. Проверка: "
          f"ejournal verify --db … --class {class_name} --year {year_name}")
    return _cli.EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    db = _cli.open_as_user(args)
    try:
        class_id, year_id = printdata.find_class(_need_class(args), args.year)
        result = certification.verify(class_id, year_id)
        class_name = dict(printdata.classes_of_year(year_id)).get(class_id, "")
        year_name = dict(printdata.years()).get(year_id, "")
    finally:
        _cli._close(db)
    info = result.certified
    assert info is not None
    when = f"{format_date_ru(info.certified_at.date())}, {info.certified_by}"
    pdf_ok = _verify_pdf(args, result.digest_stored) if args.pdf else True
    if result.ok:
        print(f"Журнал класса {class_name} за {year_name} учебный год совпадает с заверенным ({when}).")
        print(f"Контрольная сумма SHA-256: {result.digest_now}")
        return _cli.EXIT_OK if pdf_ok else _cli.EXIT_ERROR
    out = sys.stdout
    print(f"Журнал класса {class_name} за {year_name} учебный год ИЗМЕНЁН после заверения ({when}).", file=out)
    print("Отличаются:", file=out)
    for line in result.differences:
        print(f"  • {line}", file=out)
    if result.later_changes:
        print(f"Изменения через программу после заверения ({len(result.later_changes)}):", file=out)
        for line in result.later_changes[:50]:
            print(f"  {line}", file=out)
        if len(result.later_changes) > 50:
            print(f"  … и ещё {len(result.later_changes) - 50}", file=out)
    else:
        print("Через программу после заверения ничего не менялось: данные изменены в обход программы.", file=out)
    print(f"Заверенная сумма: {result.digest_stored}", file=out)
    print(f"Сумма сейчас:     {result.digest_now}", file=out)
    return _cli.EXIT_ERROR


def _verify_pdf(args: argparse.Namespace, digest: str) -> bool:
    """Check a printed certified journal: its signature (pyHanko) and the digest it carries."""
    from ejournal_desktop.printing import signing
    from ejournal_desktop.printing.journal import CERTIFIED_SUBJECT

    path = Path(args.pdf)
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise _cli.CliError(f"Не удалось прочитать «{path}»: {exc.strerror or exc}.") from None
    ok = True
    subject = signing.document_subject(pdf)
    if subject == f"{CERTIFIED_SUBJECT}{digest}":
        print(f"PDF «{path}»: контрольная сумма совпадает с заверенной.")
    else:
        ok = False
        print(f"PDF «{path}»: это не тот заверенный журнал (контрольная сумма в файле "
              f"{'другая' if subject else 'не указана'}).")
    check = signing.check_signature(pdf, [Path(p) for p in args.trust or []])
    if not check.signed:
        print("Электронной подписи в PDF нет.")
        return ok
    when = f", {check.signed_at:%d.%m.%Y %H:%M}" if check.signed_at else ""
    if check.ok:
        print(f"Электронная подпись цела: файл не изменён после подписания ({check.signer}{when}).")
    else:
        ok = False
        print(f"Электронная подпись НЕ подтверждает файл ({check.signer}{when}).")
    for note in check.notes:
        print(f"  • {note}")
    return ok
