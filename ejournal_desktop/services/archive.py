"""The year-end archive of an academic year and the register of its copies (issue 8; seed 001 §3.8, §5).

Seed 001 §5.5: at the end of the school year the journals are copied electronically
on two media kept in different rooms; §3.8: the director keeps the archive
versions (printed and electronic, two of each).  :func:`make_archive` writes ONE
file of the year — a ZIP (``ejournal-archive-<year>_<stamp>.zip``) holding

* ``manifest.json`` — school, year, when and by whom, the SHA-256 and size of
  every file below, the certification of every class (digest, who, when,
  sheets, whether it still verified), the retention dates, and — when the
  archive was made although some journals were not certified — the reason given;
* ``База данных/ejournal-….ejbackup`` — a snapshot of the whole journal through
  :mod:`ejournal_desktop.services.backup` (itself verified after writing), WITHOUT
  the staff's password hashes (``withhold_secrets``): the archive is kept for up to
  25 years in a cabinet, and the director's own server role may not read them
  anyway.  After restoring it, the owner of the database sets the admin's password
  with ``ejournal set-password``;
* ``Журналы/`` — the bound journal of every class, rendered now;
* ``Сводные ведомости/`` — the summary sheet of final marks of every class with
  marks, and the volume of all of them;
* ``README.txt`` — the same in words.

It is written into two folders (two media); each copy is read back and its
SHA-256 compared before anything is recorded.  The name can never match the
automatic backups' rotation (``ejournal-auto-*.ejbackup``) nor be taken for a
backup (``*.ejbackup``), so rotation never deletes it.

Retention (seed 001 §5.3–5.4): the bound journals 5 years, the summary sheets 25
years.  The seed does not say from when; as the archival rules do, the years count
from 1 January of the year after the documents were completed (the end of the
school year): 2025/2026 → journals until 31.12.2031, summary sheets until 31.12.2051.

The register: a :class:`YearArchive` row per archive, an :class:`ArchiveCopy` row
per copy (medium, where it is kept, path, last check).  :func:`check_copy` re-reads
a copy and compares its SHA-256 — by default once a year (setting
``archive_check_months``); :func:`reminders` lists copies due or failed.

Everything here needs ARCHIVE_YEAR (administrator, director) and leaves an audit entry.
The services do not draw PDFs: the caller passes the renderers (``printing.journal``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import Database

from ejournal_desktop import __version__
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit, certification, printdata
from ejournal_desktop.services import backup as backups
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, relations_global, require_global, standing
from ejournal_desktop.services.errors import ConflictError, NotFound, ServiceError, ValidationError
from ejournal_desktop.services.permissions import Action, decide
from ejournal_desktop.services.year_end import deadline_for
from ejournal_desktop.store import models
from ejournal_desktop.store.database import StoreError, write_transaction
from ejournal_desktop.store.models import AcademicYear, ArchiveCopy, User, YearArchive

FORMAT_NAME = "ejournal-desktop-year-archive"
FORMAT_VERSION = 1
PREFIX = "ejournal-archive-"
SUFFIX = ".zip"
MANIFEST = "manifest.json"
README = "README.txt"
DB_FOLDER = "База данных"
JOURNALS_FOLDER = "Журналы"
SUMMARIES_FOLDER = "Сводные ведомости"
KEEP_JOURNALS_YEARS = 5  # seed 001 §5.3
KEEP_SUMMARIES_YEARS = 25  # seed 001 §5.4
_CHUNK = 1 << 16

Progress = Callable[[int, int], None]


def _t(text: str) -> str:
    return tr("Archive", text)


class ArchiveError(ServiceError):
    """An archive file that is missing, damaged or not an archive of this program."""

    title = "Архив не прошёл проверку"


@dataclass(frozen=True)
class Renderers:
    """How PDFs are drawn (``printing.journal``): the services never draw them themselves."""

    journal: Callable[..., int]  # (ClassJournal, path) → sheets
    summary: Callable[..., int]  # (ClassJournal, path) → sheets
    volume: Callable[..., int]  # (classes, path, *, school_name, director, year_name) → sheets


# --- retention ---------------------------------------------------------------------------------------------


def retention(year_end: dt.date) -> tuple[dt.date, dt.date]:
    """(journals until, summary sheets until): counted from 1 January after the school year ended."""
    return (dt.date(year_end.year + KEEP_JOURNALS_YEARS, 12, 31),
            dt.date(year_end.year + KEEP_SUMMARIES_YEARS, 12, 31))


def check_interval_months() -> int:
    return int(school_settings.get("archive_check_months"))


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --- files -------------------------------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file, read in chunks."""
    return backups._file_sha256(path)


# the backup's own careful file handling: owner-only files, fsync of the folder, quiet removal
_open_private = backups._open_private
_fsync_dir = backups._fsync_dir
_remove_quietly = backups._remove_quietly


def _safe_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "_"


def archive_file_name(year_name: str, moment: dt.datetime) -> str:
    return f"{PREFIX}{year_name.replace('/', '-')}_{moment:%Y-%m-%d_%H%M%S}{SUFFIX}"


def _member_sha256(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class ArchiveInfo:
    """What an archive file says about itself, after every file in it was checked."""

    path: Path
    sha256: str
    size: int
    manifest: dict[str, Any]

    @property
    def year_name(self) -> str:
        return str(self.manifest.get("year", {}).get("name", ""))


def verify_archive(path: Path | str) -> ArchiveInfo:
    """Read an archive file and check every file in it against its manifest (SHA-256 and size)."""
    p = Path(path)
    if not p.is_file():
        raise ArchiveError(_t("Файл архива «%s» не найден.") % p)
    damaged = _t("Файл «%s» повреждён: %s.")
    try:
        with zipfile.ZipFile(p) as zf:
            try:
                manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            except KeyError:
                raise ArchiveError(_t("Файл «%s» не является архивом учебного года ЭЖ-Десктоп.") % p.name) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
                raise ArchiveError(_t("Файл «%s» не является архивом учебного года ЭЖ-Десктоп.") % p.name)
            names = set(zf.namelist())
            for entry in manifest.get("files", []):
                name = str(entry.get("path", ""))
                if name not in names:
                    raise ArchiveError(damaged % (p.name, _t("нет файла «%s»") % name))
                sha, size = _member_sha256(zf, name)
                if sha != entry.get("sha256") or size != entry.get("size"):
                    raise ArchiveError(damaged % (p.name, _t("не совпадает контрольная сумма файла «%s»") % name))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, UnicodeDecodeError) as exc:
        raise ArchiveError(damaged % (p.name, str(exc) or exc.__class__.__name__)) from None
    except OSError as exc:
        raise ArchiveError(_t("Не удалось прочитать «%s»: %s.") % (p, exc.strerror or exc)) from None
    return ArchiveInfo(p, file_sha256(p), p.stat().st_size, manifest)


# --- making the archive ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassEntry:
    class_id: int
    class_name: str
    certified: certification.CertificationInfo | None
    verified: bool | None
    differences: tuple[str, ...] = ()

    @property
    def problem(self) -> str:
        if self.certified is None:
            return _t("%s — журнал не заверен") % self.class_name
        if self.verified is False:
            return _t("%s — заверенный журнал изменён (%s)") % (self.class_name, "; ".join(self.differences))
        return ""


@dataclass(frozen=True)
class ArchiveResult:
    archive_id: int
    file_name: str
    digest: str
    size: int
    copies: list[Path]
    keep_journals_until: dt.date
    keep_summaries_until: dt.date
    classes: list[ClassEntry]
    warnings: list[str] = field(default_factory=list)


def _year(year_id: int) -> AcademicYear:
    year = AcademicYear.get_or_none(AcademicYear.id == year_id)
    if year is None:
        raise NotFound(_t("Учебный год не найден."))
    return year


def year_classes(year_id: int, progress: Progress | None = None) -> list[ClassEntry]:
    """Every class of the year with its certification and whether it still verifies (``progress`` per class)."""
    out: list[ClassEntry] = []
    classes = printdata.classes_of_year(year_id)
    for cid, name in classes:
        info = certification.status(cid, year_id)
        if info is None:
            out.append(ClassEntry(cid, name, None, None))
        else:
            result = certification.verify(cid, year_id)
            out.append(ClassEntry(cid, name, info, result.ok, tuple(result.differences)))
        if progress is not None:
            progress(len(out), len(classes))
    return out


def _check_folders(folders: Sequence[Path | str]) -> list[Path]:
    paths = [Path(f).absolute() for f in folders]
    if len(paths) != 2:
        raise ValidationError(_t("Архив записывается в две папки на разных носителях: укажите ровно две папки."))
    for p in paths:
        if not p.is_dir():
            raise ValidationError(_t("Папка «%s» не найдена (не подключён носитель?).") % p)
    if paths[0].resolve() == paths[1].resolve():
        raise ValidationError(_t("Обе копии архива нельзя записывать в одну и ту же папку: "
                                 "выберите папки на разных носителях."))
    return paths


def _clean(values: Sequence[str], count: int, what: str) -> list[str]:
    cleaned = [v.strip() for v in values if v and v.strip()]
    if len(cleaned) == 1:
        cleaned = cleaned * count
    if len(cleaned) != count:
        raise ValidationError(_t("Укажите %s для каждой из двух копий архива.") % what)
    for v in cleaned:
        if len(v) > 200:
            raise ValidationError(_t("Слишком длинное значение: «%s…».") % v[:40])
    return cleaned


def _readme(manifest: dict[str, Any]) -> str:
    lines = [
        "Архив учебного года электронного журнала ЭЖ-Десктоп.",
        "",
        f"Школа: {manifest['school_name'] or 'не указана'}",
        f"Учебный год: {manifest['year']['name']}",
        f"Архив сделан: {manifest['made_at']} ({manifest['made_by']['name']})",
        f"Журналы классов хранить до: {manifest['keep_journals_until']} (5 лет, Положение об ЭЖ, п. 5.3)",
        f"Сводные ведомости хранить до: {manifest['keep_summaries_until']} (25 лет, п. 5.4)",
        "",
        "Содержимое:",
        f"  {DB_FOLDER}/ — резервная копия всей базы журнала без паролей сотрудников",
        "      (восстановление: ejournal restore ФАЙЛ --db БАЗА, затем пароль администратора ЭЖ:",
        "      ejournal set-password --db БАЗА --login ЛОГИН --password-file ФАЙЛ_С_ПАРОЛЕМ);",
        f"  {JOURNALS_FOLDER}/ — журналы классов за год в PDF (как для брошюровки);",
        f"  {SUMMARIES_FOLDER}/ — сводные ведомости итоговых отметок классов и их том в PDF.",
        "",
        "manifest.json перечисляет каждый файл с его SHA-256 и размером, а также контрольные суммы",
        "заверения журнала каждого класса (ejournal verify сверяет журнал с ними).",
    ]
    if manifest.get("forced"):
        lines += ["", "Архив сделан, хотя не все журналы были заверены. Причина: " + manifest["force_reason"]]
    lines += ["", "Архив содержит персональные данные учащихся и сотрудников (152-ФЗ): храните его",
              "только на носителях школы, в помещениях, определённых приказом директора."]
    return "\n".join(lines) + "\n"


def _write_zip(target: Path, members: list[tuple[str, Path]], manifest: dict[str, Any]) -> None:
    with _open_private(target) as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
            zf.writestr(README, _readme(manifest).encode("utf-8"))
            for name, source in members:
                zf.write(source, name)
        raw.flush()
        os.fsync(raw.fileno())


def _copy_verified(source: Path, target: Path, sha: str) -> None:
    """Copy as the automatic backups do (``<name>.part``, read back, SHA-256 compared, renamed),
    then check every file inside the copy against the manifest."""
    backups._copy_verified(source, target, sha)
    try:
        verify_archive(target)
    except BaseException:
        _remove_quietly(target)
        raise


def make_archive(
    actor: Actor,
    year_id: int,
    folders: Sequence[Path | str],
    *,
    renderers: Renderers,
    media: Sequence[str],
    locations: Sequence[str],
    force_reason: str = "",
    db: Database | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ArchiveResult:
    """Write the archive of a year into two folders, verify both copies, then record it.

    Refused (nothing written) when a class of the year is not certified or its
    certified journal no longer verifies — unless ``force_reason`` says why it must
    be made anyway (the reason goes into the manifest and the audit trail).
    ``media`` and ``locations``: one value for both copies or one per copy.
    """
    database = db or models.db_proxy.obj
    step = progress or (lambda _done, _total: None)
    require_global(actor, Action.ARCHIVE_YEAR)
    paths = _check_folders(folders)
    media_ = _clean(media, 2, _t("носитель"))
    locations_ = _clean(locations, 2, _t("место хранения"))
    reason = force_reason.strip()
    year = _year(year_id)
    year_name = str(year.name)
    n_classes = len(printdata.classes_of_year(year_id))
    total = 2 * n_classes + 5  # checking each class, drawing each class, snapshot, volume, zip, two copies
    classes = year_classes(year_id, lambda done, _n: step(done, total))
    if not classes:
        raise ValidationError(_t("В %s учебном году нет ни одного класса: архивировать нечего.") % year_name)
    problems = [c.problem for c in classes if c.problem]
    if problems and not reason:
        raise ValidationError(
            _t("Архив %s учебного года не сделан: не все журналы заверены.\n%s\n"
               "Заверьте журналы (вкладка «Печать») или укажите причину, по которой архив нужен сейчас.")
            % (year_name, "\n".join(f"• {p}" for p in problems)))
    day = today or dt.date.today()
    moment = dt.datetime.now().replace(microsecond=0)
    keep_journals, keep_summaries = retention(year.end)
    name = archive_file_name(year_name, moment)
    for p in paths:
        if (p / name).exists():
            raise ValidationError(_t("Файл «%s» уже существует: повторите через секунду.") % (p / name))
    # the login only: on a server the director's own role may not read the password hashes
    user = User.select(User.id, User.login).where(User.id == actor.user_id).get()
    school_name = str(school_settings.get("school_name") or "")
    warnings: list[str] = []
    try:
        if paths[0].stat().st_dev == paths[1].stat().st_dev:
            warnings.append(_t("Обе папки находятся на одном диске: для сохранности вторую копию держите "
                               "на другом носителе (внешний диск, флеш-накопитель)."))
    except OSError:
        pass
    if locations_[0].casefold() == locations_[1].casefold():
        warnings.append(_t("Обе копии хранятся в одном месте, а Положение требует хранить их в разных помещениях."))
    done = len(classes)

    def tick() -> None:
        nonlocal done
        done += 1
        step(done, total)

    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="ejournal-archive-") as tmp_text:
            tmp = Path(tmp_text)
            members: list[tuple[str, Path]] = []
            files: list[dict[str, Any]] = []

            def add(folder: str, file_name: str, source: Path, kind: str, class_name: str = "",
                    class_id: int | None = None, sheets: int | None = None) -> None:
                member = f"{folder}/{_safe_name(file_name)}"
                members.append((member, source))
                files.append({"path": member, "kind": kind, "class": class_name, "class_id": class_id,
                              "sheets": sheets, "sha256": file_sha256(source), "size": source.stat().st_size})

            snapshot = backups.write_backup(database, tmp / backups.default_file_name(moment=moment),
                                            withhold_secrets=True)
            add(DB_FOLDER, snapshot.path.name, snapshot.path, "database")
            tick()
            with_marks: list[printdata.ClassJournal] = []
            for entry in classes:
                data = printdata.collect(entry.class_id, today=day)
                stem = _safe_name(f"{entry.class_name} {year_name.replace('/', '-')}")
                out = tmp / f"journal-{entry.class_id}.pdf"
                sheets = renderers.journal(data, out)
                add(JOURNALS_FOLDER, f"Журнал {stem}.pdf", out, "journal", entry.class_name, entry.class_id, sheets)
                if data.marks_allowed:
                    out = tmp / f"summary-{entry.class_id}.pdf"
                    sheets = renderers.summary(data, out)
                    add(SUMMARIES_FOLDER, f"Сводная ведомость {stem}.pdf", out, "summary", entry.class_name,
                        entry.class_id, sheets)
                    with_marks.append(data)
                tick()
            if with_marks:
                out = tmp / "volume.pdf"
                sheets = renderers.volume(with_marks, out, school_name=school_name,
                                          director=with_marks[0].director_name, year_name=year_name)
                add(SUMMARIES_FOLDER, f"Том сводных ведомостей {year_name.replace('/', '-')}.pdf", out, "volume",
                    sheets=sheets)
            tick()
            manifest: dict[str, Any] = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "app": "ЭЖ-Десктоп",
                "app_version": __version__,
                "school_name": school_name,
                "year": {"id": year_id, "name": year_name, "start": year.start.isoformat(),
                         "end": year.end.isoformat()},
                "made_at": moment.isoformat(),
                "made_by": {"login": str(user.login), "name": _made_by(actor.user_id)},
                "forced": bool(problems),
                "force_reason": reason if problems else "",
                "keep_journals_until": keep_journals.isoformat(),
                "keep_summaries_until": keep_summaries.isoformat(),
                "database": {"file": files[0]["path"], "content_sha256": snapshot.content_sha256,
                             "schema_version": snapshot.schema_version, "rows": snapshot.total_rows,
                             "withheld": {k: list(v) for k, v in snapshot.withheld.items()}},
                "files": files,
                "certifications": [
                    {"class": c.class_name, "class_id": c.class_id, "certified": c.certified is not None,
                     "certified_at": c.certified.certified_at.isoformat() if c.certified else None,
                     "certified_by": c.certified.certified_by if c.certified else None,
                     "digest": c.certified.digest if c.certified else None,
                     "sheet_count": c.certified.sheet_count if c.certified else None,
                     "verified": c.verified}
                    for c in classes
                ],
            }
            local = tmp / name
            _write_zip(local, members, manifest)
            info = verify_archive(local)
            tick()
            for folder in paths:
                target = folder / name
                _copy_verified(local, target, info.sha256)
                written.append(target)
                tick()
        contents = {k: manifest[k] for k in ("files", "certifications", "database", "forced", "force_reason")}
        with write_transaction(database):
            require_global(actor, Action.ARCHIVE_YEAR)
            archive_id = int(YearArchive.insert(
                year=year_id, file_name=name, digest=info.sha256, size=info.size,
                contents=json.dumps(contents, ensure_ascii=False), keep_journals_until=keep_journals,
                keep_summaries_until=keep_summaries, made_by=actor.user_id, made_at=moment,
            ).execute())
            next_check = add_months(day, check_interval_months())
            copy_ids = [int(ArchiveCopy.insert(
                archive=archive_id, medium=medium, location=location, path=str(target), checked_on=day,
                check_ok=True, next_check_on=next_check,
            ).execute()) for target, medium, location in zip(written, media_, locations_, strict=True)]
            audit.record(
                actor, "archive.make", "year_archive", archive_id,
                new={"year": year_name, "file": name, "sha256": info.sha256, "size": info.size,
                     "copies": [{"id": i, "medium": m, "location": loc, "path": str(t)}
                                for i, m, loc, t in zip(copy_ids, media_, locations_, written, strict=True)],
                     "not_certified": problems, "keep_journals_until": keep_journals,
                     "keep_summaries_until": keep_summaries},
                reason=reason if problems else "",
            )
    except OSError as exc:
        for target in written:
            _remove_quietly(target)
        raise ArchiveError(_t("Архив не записан: %s.") % (exc.strerror or exc)) from None
    except StoreError as exc:
        for target in written:
            _remove_quietly(target)
        raise ArchiveError(_t("Архив не записан: %s") % exc.message) from None
    except BaseException:
        for target in written:
            _remove_quietly(target)
        raise
    return ArchiveResult(archive_id, name, info.sha256, info.size, written, keep_journals, keep_summaries,
                         classes, warnings)


# --- the register of copies --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CopyView:
    id: int
    archive_id: int
    medium: str
    location: str
    path: str
    checked_on: dt.date | None
    check_ok: bool | None
    next_check_on: dt.date | None
    note: str
    version: int

    def due(self, today: dt.date) -> bool:
        return self.next_check_on is None or self.next_check_on <= today

    def state_text(self, today: dt.date) -> str:
        if self.check_ok is False:
            return _t("НЕ прошла проверку %s") % format_date_ru(self.checked_on) if self.checked_on else _t(
                "НЕ прошла проверку")
        if self.checked_on is None:
            return _t("не проверялась")
        text = _t("проверена %s") % format_date_ru(self.checked_on)
        if self.due(today):
            text += ", " + _t("пора проверить")
        return text


@dataclass(frozen=True)
class ArchiveView:
    id: int
    year_id: int
    year_name: str
    file_name: str
    digest: str
    size: int
    made_at: dt.datetime
    made_by: str
    keep_journals_until: dt.date
    keep_summaries_until: dt.date
    forced: bool
    force_reason: str
    copies: list[CopyView]


def _copy_view(c: ArchiveCopy) -> CopyView:
    return CopyView(int(c.id), int(c.archive_id), str(c.medium), str(c.location), str(c.path), c.checked_on,
                    c.check_ok, c.next_check_on, str(c.note or ""), int(c.version))


def list_archives(actor: Actor) -> list[ArchiveView]:
    """Every year archive, newest first, with its copies (ARCHIVE_YEAR)."""
    require_global(actor, Action.ARCHIVE_YEAR)
    copies: dict[int, list[CopyView]] = {}
    for c in ArchiveCopy.select().order_by(ArchiveCopy.id):
        copies.setdefault(int(c.archive_id), []).append(_copy_view(c))
    out: list[ArchiveView] = []
    years = dict(AcademicYear.select(AcademicYear.id, AcademicYear.name).tuples())
    for a in YearArchive.select().order_by(YearArchive.made_at.desc(), YearArchive.id.desc()):
        try:
            contents = json.loads(str(a.contents or "{}"))
        except ValueError:
            contents = {}
        out.append(ArchiveView(
            int(a.id), int(a.year_id), str(years.get(a.year_id, "")), str(a.file_name), str(a.digest), int(a.size),
            a.made_at, _made_by(int(a.made_by_id)), a.keep_journals_until, a.keep_summaries_until,
            bool(contents.get("forced")), str(contents.get("force_reason") or ""), copies.get(int(a.id), [])))
    return out


def _made_by(user_id: int) -> str:
    row = User.select(User.surname, User.name, User.patronymic).where(User.id == user_id).tuples().first()
    return printdata.short_person(str(row[0]), str(row[1]), str(row[2])) if row else ""


def _get_copy(copy_id: int) -> ArchiveCopy:
    copy = ArchiveCopy.get_or_none(ArchiveCopy.id == copy_id)
    if copy is None:
        raise NotFound(_t("Копия архива № %d не найдена в реестре.") % copy_id)
    return copy


def _copy_fields(medium: str, location: str, path: str, note: str) -> dict[str, str]:
    medium, location, path, note = medium.strip(), location.strip(), path.strip(), note.strip()
    if not medium:
        raise ValidationError(_t("Укажите носитель копии (например, «внешний диск»)."))
    if not location:
        raise ValidationError(_t("Укажите, где хранится копия (например, «кабинет директора, сейф»)."))
    if len(medium) > 100 or len(location) > 200:
        raise ValidationError(_t("Слишком длинное название носителя или места хранения."))
    return {"medium": medium, "location": location, "path": path, "note": note}


def add_copy(actor: Actor, archive_id: int, medium: str, location: str, path: str = "", note: str = "",
             *, today: dt.date | None = None) -> CopyView:
    """Register one more copy of an archive (copied by hand to another medium); due for a check at once."""
    values = _copy_fields(medium, location, path, note)
    with write_transaction():
        require_global(actor, Action.ARCHIVE_YEAR)
        if YearArchive.get_or_none(YearArchive.id == archive_id) is None:
            raise NotFound(_t("Архив не найден."))
        copy_id = int(ArchiveCopy.insert(archive=archive_id, next_check_on=today or dt.date.today(),
                                         **values).execute())
        audit.record(actor, "archive.copy_add", "archive_copy", copy_id, new={"archive": archive_id, **values})
    return _copy_view(_get_copy(copy_id))


def update_copy(actor: Actor, copy_id: int, *, medium: str, location: str, path: str, note: str = "",
                expected_version: int) -> CopyView:
    """Change where a copy is kept (medium, room, path, note); refused when someone changed it meanwhile."""
    values = _copy_fields(medium, location, path, note)
    with write_transaction():
        require_global(actor, Action.ARCHIVE_YEAR)
        copy = _get_copy(copy_id)
        old = {"medium": str(copy.medium), "location": str(copy.location), "path": str(copy.path),
               "note": str(copy.note or "")}
        if int(copy.version) != expected_version:
            raise ConflictError(_t("Запись о копии уже изменил другой пользователь: обновите реестр."),
                                current=old, attempted=values)
        if old == values:
            return _copy_view(copy)
        ArchiveCopy.update(version=ArchiveCopy.version + 1, **values).where(ArchiveCopy.id == copy_id).execute()
        audit.record(actor, "archive.copy_change", "archive_copy", copy_id,
                     old={k: v for k, v in old.items() if values[k] != v},
                     new={k: v for k, v in values.items() if old[k] != v})
    return _copy_view(_get_copy(copy_id))


@dataclass(frozen=True)
class CopyCheck:
    ok: bool
    message: str
    copy: CopyView


def check_copy(actor: Actor, copy_id: int, *, path: Path | str | None = None,
               today: dt.date | None = None) -> CopyCheck:
    """Re-read a copy, compare its SHA-256 (and every file inside) with the archive; record the result.

    ``path``: where the copy is now, when not at its registered path (a stick
    plugged into another computer); a good copy found there has its path updated.
    A file that is not there at all is refused (nothing recorded): connect the medium.
    """
    day = today or dt.date.today()
    require_global(actor, Action.ARCHIVE_YEAR)
    copy = _get_copy(copy_id)
    archive = YearArchive.get_by_id(copy.archive_id)
    file = Path(path) if path else Path(str(copy.path))
    if not str(path or copy.path) or not file.is_file():
        raise NotFound(_t("Файл копии «%s» не найден: подключите носитель (%s, %s) или укажите, где файл сейчас.")
                       % (file, copy.medium, copy.location))
    problem = ""
    try:
        sha = file_sha256(file)
    except OSError as exc:
        raise ArchiveError(_t("Не удалось прочитать «%s»: %s.") % (file, exc.strerror or exc)) from None
    if sha != archive.digest:
        problem = _t("контрольная сумма файла не совпадает с записанной при создании архива")
    else:
        try:
            verify_archive(file)
        except ArchiveError as exc:
            problem = exc.message
    ok = not problem
    next_check = add_months(day, check_interval_months()) if ok else day
    with write_transaction():
        require_global(actor, Action.ARCHIVE_YEAR)
        changes: dict[str, Any] = {"checked_on": day, "check_ok": ok, "next_check_on": next_check}
        if ok and path and str(file) != str(copy.path):
            changes["path"] = str(file)
        ArchiveCopy.update(version=ArchiveCopy.version + 1, **changes).where(ArchiveCopy.id == copy_id).execute()
        audit.record(actor, "archive.check", "archive_copy", copy_id,
                     old={"checked_on": copy.checked_on, "check_ok": copy.check_ok, "path": str(copy.path)},
                     new={**changes, "file": str(file), "sha256": sha, "problem": problem})
    view = _copy_view(_get_copy(copy_id))
    if ok:
        message = _t("Копия цела: контрольная сумма SHA-256 совпадает, все файлы архива на месте. "
                     "Следующая проверка — %s.") % format_date_ru(next_check)
    else:
        message = _t("Копия ПОВРЕЖДЕНА: %s. Сделайте новую копию с исправной.") % problem
    return CopyCheck(ok, message, view)


# --- reminders ---------------------------------------------------------------------------------------------


def may_archive(actor: Actor) -> bool:
    st = standing(actor)
    return decide(Action.ARCHIVE_YEAR, relations_global(st), school_settings.permission_settings()).allowed


def reminders(actor: Actor, *, today: dt.date | None = None) -> list[str]:
    """What the keepers of the archive (admin, director) should do: '' for everyone else.

    A copy due for its check or failed, an archive with fewer than two copies, and
    the archive of the last finished year not made yet (after the deadline).
    """
    day = today or dt.date.today()
    if not may_archive(actor):
        return []
    out: list[str] = []
    archives = list_archives(actor)
    for a in archives:
        for c in a.copies:
            where = f"{c.medium}, {c.location}"
            if c.check_ok is False:
                out.append(_t("Копия архива %s учебного года (%s) не прошла проверку: сделайте новую копию.")
                           % (a.year_name, where))
            elif c.due(day):
                out.append(_t("Пора проверить копию архива %s учебного года (%s)%s.")
                           % (a.year_name, where,
                              _t(", срок был %s") % format_date_ru(c.next_check_on) if c.next_check_on else ""))
        if len(a.copies) < 2:
            out.append(_t("У архива %s учебного года меньше двух копий.") % a.year_name)
    archived = {a.year_id for a in archives}
    for yid, name, end in (AcademicYear.select(AcademicYear.id, AcademicYear.name, AcademicYear.end)
                           .order_by(AcademicYear.start.desc()).tuples()):
        if deadline_for(end) < day:
            if int(yid) not in archived:
                out.append(_t("Архив %s учебного года не сделан (срок печати журналов — %s).")
                           % (name, format_date_ru(deadline_for(end))))
            break
    return out
