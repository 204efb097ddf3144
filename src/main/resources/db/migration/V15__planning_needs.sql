-- The plan's Care Act content (s25(1)(a)-(c) and (f)): each assessed need against one of the ten
-- eligibility outcomes (by code), the eligibility decision, and the advice and information given to
-- prevent or delay needs. Advice is removed softly: hidden from the plan, never deleted.
create table plan_need (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    code varchar(60) not null,
    unable varchar(20) not null,
    cannot_do varchar(2000),
    wellbeing_impact varchar(2000),
    council_will_meet boolean not null default false,
    how_met varchar(2000),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_need_code_uk on plan_need (plan_id, code);

create table plan_eligibility (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    decision varchar(20) not null,
    reason varchar(2000),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_eligibility_plan_uk on plan_eligibility (plan_id);

create table plan_advice (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    what varchar(2000) not null,
    given_by varchar(200) not null,
    given_on date not null,
    format varchar(20) not null,
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_advice_plan_ix on plan_advice (plan_id);
