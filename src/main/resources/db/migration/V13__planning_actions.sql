-- Question 7 of the plan, "What will you do next?": SMART actions, each with who does it, by when, the
-- outcome it serves and the layer of support it comes from (from the person out), removed softly; and
-- one set of review arrangements per plan, with the date of the next formal review.
create table plan_action (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    text varchar(1000) not null,
    owner_kind varchar(20) not null,
    owner_name varchar(200),
    due_date date not null,
    outcome_id uuid references plan_outcome (id),
    layer varchar(30) not null,
    added_at timestamp with time zone not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0
);
create index plan_action_plan_ix on plan_action (plan_id);

create table plan_review (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    check_in_detail varchar(1000),
    where_and_how_often varchar(1000),
    next_review date not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index plan_review_plan_uk on plan_review (plan_id);

create table plan_review_check_in (
    review_id uuid not null references plan_review (id),
    check_in varchar(20) not null,
    primary key (review_id, check_in)
);
