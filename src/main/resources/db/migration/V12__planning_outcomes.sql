-- Question 2, "What do you want to change?": outcomes in the person's words, linked to what matters and,
-- where relevant, to the assessed eligibility needs they meet. Removed outcomes are kept.
create table plan_outcome (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    position integer not null,
    text varchar(1000) not null,
    matters varchar(1000),
    how_we_know varchar(1000),
    target_date date,
    whose varchar(20) not null,
    whose_name varchar(200),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_outcome_plan_ix on plan_outcome (plan_id, position);

create table plan_outcome_need (
    outcome_id uuid not null references plan_outcome (id),
    need_code varchar(40) not null,
    primary key (outcome_id, need_code)
);
