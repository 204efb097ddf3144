-- The personal budget of a plan (Care Act s26): the indicative budget, the total cost to the council, the
-- person's contribution and the council's share, other public money on lines of their own, how the budget is
-- managed (direct payment, Individual Service Fund, council-managed account or a mix), the direct payment's
-- details (s25(2)), the spending plan's flexible allowance, and when the signed-off budget became active.
-- Amounts are pounds and pence, each with the period it was given in (WEEK or YEAR; a year is 52 weeks).
create table personal_budget (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    person_id uuid not null references person (id),
    indicative_amount numeric(12, 2),
    indicative_period varchar(10),
    indicative_on date,
    indicative_basis varchar(30),
    indicative_how varchar(2000),
    total_amount numeric(12, 2),
    person_amount numeric(12, 2),
    council_amount numeric(12, 2),
    split_period varchar(10),
    deployment varchar(30),
    isf_provider varchar(200),
    dp_part numeric(12, 2),
    isf_part numeric(12, 2),
    managed_part numeric(12, 2),
    dp_holder varchar(30),
    dp_holder_name varchar(200),
    dp_needs_text varchar(2000),
    dp_amount numeric(12, 2),
    dp_frequency varchar(20),
    allowance_amount numeric(12, 2),
    allowance_period varchar(10),
    active_from date,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index personal_budget_plan_uk on personal_budget (plan_id);
create unique index personal_budget_person_uk on personal_budget (person_id);

create table personal_budget_other (
    budget_id uuid not null references personal_budget (id),
    position integer not null,
    source varchar(200) not null,
    amount numeric(12, 2) not null,
    primary key (budget_id, position)
);

-- The assessed needs (eligibility outcome codes) a direct payment meets.
create table personal_budget_dp_need (
    budget_id uuid not null references personal_budget (id),
    need_code varchar(40) not null,
    primary key (budget_id, need_code)
);
