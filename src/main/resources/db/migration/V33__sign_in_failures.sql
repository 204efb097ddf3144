-- Failed sign-ins, kept in the database so that every instance counts the same failures. Keys are
-- SHA-256 hashes of the lower-cased username (ACCOUNT) or of the client address (ADDRESS): no
-- username or address is stored in clear. Rows older than the throttle's window are deleted.
create table sign_in_failure (
    id uuid primary key,
    kind varchar(10) not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key_hash varchar(64) not null,
    failed_at timestamp with time zone not null
);
create index sign_in_failure_key_ix on sign_in_failure (kind, key_hash, failed_at);
create index sign_in_failure_at_ix on sign_in_failure (failed_at);
