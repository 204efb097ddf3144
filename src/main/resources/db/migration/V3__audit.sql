-- Append-only audit trail. The application only inserts; each row's hash covers its content and
-- the previous row's hash, so an edited or deleted row breaks the chain.
create table audit_event (
    seq bigint primary key,
    id uuid not null,
    occurred_at timestamp with time zone not null,
    actor varchar(100) not null,
    actor_role varchar(30),
    action varchar(40) not null,
    record_type varchar(40),
    record_id uuid,
    detail varchar(500),
    address varchar(64),
    previous_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_event_record_ix on audit_event (record_id, occurred_at);
create index audit_event_actor_ix on audit_event (actor, occurred_at);
create index audit_event_time_ix on audit_event (occurred_at);

-- A single row that serialises writers so the chain stays linear across instances.
create table audit_chain_head (
    id int primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
