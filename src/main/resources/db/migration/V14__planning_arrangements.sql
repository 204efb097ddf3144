-- Question 3 of the plan, "How will you arrange your support?": for each outcome, the ideas and options
-- considered across every resource, from the person out, whether each was chosen and why, in someone's
-- words. Options are removed softly: hidden from the plan, never deleted.
create table plan_option (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    outcome_id uuid not null references plan_outcome (id),
    text varchar(2000) not null,
    resource varchar(30) not null,
    chosen boolean not null default false,
    why varchar(2000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_option_plan_ix on plan_option (plan_id, outcome_id);

-- Question 4, "How will you spend your money?": until the personal budget is built, one answer per plan to
-- whether the person will have a personal budget, with an optional note.
create table plan_money (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    budget varchar(20) not null,
    note varchar(2000),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_money_plan_uk on plan_money (plan_id);
