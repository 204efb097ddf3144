-- Detailed action plans for the team's priorities (Progress section 4), and their first steps.
create table action_plan (
    id uuid primary key,
    assessment_id uuid not null references assessment (id),
    item_code varchar(20) not null,
    priority integer not null,
    why varchar(2000),
    who varchar(500),
    by_when date,
    who_else varchar(2000),
    support_inside varchar(2000),
    support_outside varchar(2000),
    success varchar(2000),
    version bigint not null default 0
);
create index action_plan_assessment_ix on action_plan (assessment_id, priority);

create table action_step (
    id uuid primary key,
    plan_id uuid not null references action_plan (id),
    description varchar(500) not null,
    owner varchar(200) not null,
    due_on date not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null
);
create index action_step_plan_ix on action_step (plan_id);
create index action_step_due_ix on action_step (status, due_on);
