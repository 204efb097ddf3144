-- The transactional outbox: a message to a person, written in the same transaction as the change it tells
-- of and sent later by the scheduled sender, with retries. Subject and body carry no personal or care
-- details; the address is kept only until the message is sent. A sender claims a row by setting
-- claimed_by/claimed_until where it is unclaimed or the claim has run out, so several instances never
-- send the same row.
create table notification_outbox (
    id uuid primary key,
    person_id uuid not null references person (id),
    topic varchar(80) not null,
    recipient varchar(254),
    subject varchar(200) not null,
    body varchar(4000) not null,
    status varchar(20) not null,
    attempts integer not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_by varchar(100),
    claimed_until timestamp with time zone,
    last_error varchar(500),
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    version bigint not null default 0
);
create index notification_outbox_due_ix on notification_outbox (status, next_attempt_at);
create index notification_outbox_person_ix on notification_outbox (person_id, created_at);
create index notification_outbox_created_ix on notification_outbox (created_at);
