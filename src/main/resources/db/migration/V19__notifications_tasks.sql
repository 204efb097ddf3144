-- A task for the person's team administrators: the person prefers a letter, a phone call or a text, or has
-- no email address, so someone tells them instead of an email. Says what to tell them, not any care detail.
create table notification_task (
    id uuid primary key,
    person_id uuid not null references person (id),
    topic varchar(80) not null,
    reason varchar(20) not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    done_by varchar(100),
    done_at timestamp with time zone,
    version bigint not null default 0
);
create index notification_task_status_ix on notification_task (status, created_at);
create index notification_task_person_ix on notification_task (person_id);
