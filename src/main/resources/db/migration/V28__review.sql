-- Reviews (the review module). Each organisation's review settings; an organisation without a row has no first
-- review rule and answers requests within 10 working days.
create table review_settings (
    organisation_id uuid primary key,
    first_review boolean not null,
    response_days integer not null,
    version bigint not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100) not null
);

-- When each person with an agreed plan is next due a formal review, kept as the plan is agreed and reviewed;
-- since_on is the last review, or the first agreement while there has been none.
create table review_schedule (
    person_id uuid primary key,
    first_agreed_on date not null,
    last_agreed_on date not null,
    last_version integer not null,
    due_on date not null,
    first_review boolean not null,
    last_reviewed_on date,
    since_on date not null,
    version bigint not null
);
create index review_schedule_due_ix on review_schedule (due_on);
create index review_schedule_since_ix on review_schedule (since_on);

-- Requests for a review: who asked, when and why, and how the team answered.
create table review_request (
    id uuid primary key,
    person_id uuid not null,
    requested_by varchar(20) not null,
    requester_name varchar(200),
    requested_on date not null,
    why varchar(2000) not null,
    response varchar(2000),
    answered_on date,
    answered_by varchar(100),
    review_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null
);
create index review_request_person_ix on review_request (person_id);
create index review_request_waiting_ix on review_request (answered_on, requested_on);

-- Reviews and their person-centred record. reference stands for a review, anonymously, outside the module.
create table review (
    id uuid primary key,
    person_id uuid not null,
    reference uuid not null unique,
    type varchar(20) not null,
    status varchar(20) not null,
    review_on date not null,
    what_happened varchar(2000),
    request_id uuid references review_request (id),
    completed_on date,
    completed_by varchar(100),
    person_took_part boolean,
    person_chose_who boolean,
    participants varchar(2000),
    advocate varchar(200),
    reassessment_needed boolean,
    reassessment_why varchar(2000),
    budget_change boolean,
    budget_why varchar(2000),
    next_review date,
    wtfc_working_1 varchar(500),
    wtfc_working_2 varchar(500),
    wtfc_not_working_1 varchar(500),
    wtfc_not_working_2 varchar(500),
    wtfc_future varchar(500),
    wtfc_consent boolean,
    opened_by varchar(100) not null,
    opened_at timestamp with time zone not null,
    version bigint not null
);
create index review_person_ix on review (person_id, status);

create table review_answer (
    review_id uuid not null references review (id),
    part varchar(30) not null,
    text varchar(2000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    primary key (review_id, part)
);

create table review_statement (
    review_id uuid not null references review (id),
    position integer not null,
    working boolean not null,
    perspective varchar(20) not null,
    whose_name varchar(200),
    text varchar(1000) not null,
    written_by varchar(100) not null,
    written_at timestamp with time zone not null,
    primary key (review_id, position)
);

create table review_outcome (
    review_id uuid not null references review (id),
    outcome_id uuid not null,
    outcome_text varchar(1000) not null,
    progress varchar(20) not null,
    rating integer,
    notes varchar(2000),
    new_wording varchar(1000),
    wording_whose varchar(20),
    wording_whose_name varchar(200),
    options varchar(2000),
    prioritised boolean not null,
    primary key (review_id, outcome_id)
);

create table review_new_outcome (
    review_id uuid not null references review (id),
    position integer not null,
    id uuid not null,
    text varchar(1000) not null,
    whose varchar(20) not null,
    whose_name varchar(200),
    primary key (review_id, position)
);

create table review_action_choice (
    review_id uuid not null references review (id),
    action_id uuid not null,
    action_text varchar(1000) not null,
    decision varchar(20) not null,
    primary key (review_id, action_id)
);

create table review_new_action (
    review_id uuid not null references review (id),
    position integer not null,
    text varchar(1000) not null,
    owner_kind varchar(20) not null,
    owner_name varchar(200),
    due_date date not null,
    outcome_id uuid,
    layer varchar(30) not null,
    primary key (review_id, position)
);

-- Informal check-ins between formal reviews.
create table review_check_in (
    id uuid primary key,
    person_id uuid not null,
    happened_on date not null,
    how varchar(10) not null,
    what_was_said varchar(2000) not null,
    to_act_on varchar(2000),
    written_by varchar(100) not null,
    written_at timestamp with time zone not null
);
create index review_check_in_person_ix on review_check_in (person_id, happened_on);
