-- On PostgreSQL the database itself refuses to change or remove audit rows, whoever asks.
-- (H2, used for development and tests, has no SQL triggers; there the application's insert-only
-- entity and the hash chain check are the guard.)
create or replace function audit_event_append_only() returns trigger as $$
begin
    raise exception 'audit_event is append-only';
end;
$$ language plpgsql;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
