-- Question 6 of the plan, "How will you stay in control?": risks talked through with an enabling approach,
-- contingency plans, and who the plan is shared with. Every text says whose words it is. Risks and
-- contingency plans are removed softly: hidden from the plan, never deleted.
create table plan_risk (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    what_could_go_wrong varchar(2000) not null,
    what_matters varchar(2000) not null,
    what_helps varchar(2000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_risk_plan_ix on plan_risk (plan_id);

create table plan_contingency (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    situation varchar(2000) not null,
    what_to_do varchar(2000) not null,
    who_to_call varchar(2000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_contingency_plan_ix on plan_contingency (plan_id);

-- One per plan: who sees the plan and what they may see, and whether risks were talked about and none
-- needed writing down.
create table plan_sharing (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    text varchar(2000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    no_risks_discussed boolean not null default false,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_sharing_plan_uk on plan_sharing (plan_id);
