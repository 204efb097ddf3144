-- Agreed versions of a plan, which never change, and the person's answer each time they were asked to
-- agree (dissent stays on record). Readiness remembers the content it was checked against.
alter table care_plan add column ready_hash varchar(64);

create table plan_version (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    number integer not null,
    content text not null,
    content_hash varchar(64) not null,
    agreed_at timestamp with time zone not null,
    recorded_by varchar(100) not null
);
create unique index plan_version_number_uk on plan_version (plan_id, number);

create table plan_agreement (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    version_number integer,
    decision varchar(30) not null,
    reasons varchar(4000),
    captured_how varchar(30) not null,
    captured_by varchar(200) not null,
    captured_on date not null,
    who_took_part varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null
);
create index plan_agreement_plan_ix on plan_agreement (plan_id, recorded_at);
