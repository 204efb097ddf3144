-- The support types a spending plan buys: content loaded from budget/support-types.yaml on the first start,
-- then kept by administrators. Marked traditional (home care, residential respite, supported living, day
-- centres) or not; retired, never deleted.
create table support_type (
    id uuid primary key,
    code varchar(60) not null unique,
    label varchar(200) not null,
    traditional boolean not null,
    position integer not null,
    retired_at timestamp with time zone,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);

-- "How will you spend your money?": what the money buys, in someone's words, who provides it, the outcomes it
-- serves and its approximate cost a week, month or year, or once. Lines are removed softly, never deleted.
create table spending_line (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    person_id uuid not null references person (id),
    position integer not null,
    description varchar(1000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    support_type varchar(60) not null references support_type (code),
    cost numeric(12, 2) not null,
    period varchar(10) not null,
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index spending_line_plan_ix on spending_line (plan_id, position);

create table spending_line_outcome (
    line_id uuid not null references spending_line (id),
    outcome_id uuid not null references plan_outcome (id),
    primary key (line_id, outcome_id)
);
