"""Schema 4: permissions enforced by PostgreSQL itself (issue 8, item 4).

On PostgreSQL: the functions mapping the connected login role to its account and
checking the journal's rules, and row-level security on lessons, marks, absences,
period marks, students, enrollment, the audit trail and accounts
(:mod:`ejournal_desktop.store.pg_security`).  Roles and grants are cluster-wide
and need CREATEROLE, so they are made by ``ejournal pg-setup``, not here.  The
owner of the tables (the installer) is not subject to the policies (ENABLE, not
FORCE), so nothing changes for it.  On SQLite a no-op.
"""

from ejournal_desktop.store import pg_security


def up(migrator, db):
    pg_security.install_policies(db)
