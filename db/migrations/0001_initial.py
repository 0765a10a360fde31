"""Schema 1: every table of the journal (DESIGN §2).

This first migration builds the tables from the application models.  When a
later migration changes a table, freeze this file first: copy the models it
needs here as they are now, so that 0001 keeps building schema 1.
"""

from ejournal_desktop.store import models


def up(migrator, db):
    db.create_tables(models.ALL_MODELS)
