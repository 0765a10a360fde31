"""Schema 3: the parents' contact log, the print log, the homeroom weekly check,
the year-end archive and its register of copies (issues 6, 7, 8).

New tables only; 0001 builds the tables from the current models, so on a new
database they exist already and ``safe=True`` makes this a no-op.
"""

from ejournal_desktop.store import models

NEW_TABLES = (
    models.ParentContact,
    models.PrintRecord,
    models.WeeklyCheck,
    models.YearArchive,
    models.ArchiveCopy,
)


def up(migrator, db):
    db.create_tables(NEW_TABLES, safe=True)
