-- Who was given a copy of the plan or its one-page profile, when and in which format. Never changed; the
-- recipient's name is kept as it was when recorded.
create table plan_copy (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    recipient varchar(20) not null,
    circle_member_id uuid,
    recipient_name varchar(200) not null,
    organisation varchar(200),
    document varchar(30) not null,
    version_number integer,
    format varchar(30) not null,
    given_on date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null
);
create index plan_copy_plan_ix on plan_copy (plan_id, given_on);
