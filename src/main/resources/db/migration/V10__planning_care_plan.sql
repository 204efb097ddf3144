-- The one plan: one per person, and its answers, each saying whose words it is.
create table care_plan (
    id uuid primary key,
    person_id uuid not null references person (id),
    status varchar(20) not null,
    started_by varchar(100) not null,
    started_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index care_plan_person_uk on care_plan (person_id);

create table plan_entry (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    prompt varchar(40) not null,
    text varchar(4000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_entry_prompt_uk on plan_entry (plan_id, prompt);
