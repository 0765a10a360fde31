-- ЭЖ-Десктоп: the audit trail is append-only (DESIGN §6, issue 8).
--
-- Installed by ejournal_desktop.store.guards.install(db) into the journal's schema
-- (the first schema of search_path).  Nobody — neither the program's roles nor the
-- owner of the tables — may change or delete an entry: UPDATE and DELETE are refused
-- row by row, TRUNCATE as a statement.  Statements are separated by lines holding
-- only the separator comment (two semicolons) so the installer can run them one by one.

CREATE OR REPLACE FUNCTION ejournal_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Журнал аудита только дополняется: изменять и удалять записи нельзя (%).', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- ;;
CREATE OR REPLACE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION ejournal_audit_append_only();
-- ;;
CREATE OR REPLACE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ejournal_audit_append_only();
