"""Schema 2: the audit trail is append-only — database triggers refuse UPDATE and DELETE.

On PostgreSQL also TRUNCATE.  No service ever edits or deletes an entry; the
triggers make that true for anything that bypasses the program, too.
"""

from ejournal_desktop.store import guards


def up(migrator, db):
    guards.install(db)
