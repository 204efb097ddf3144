-- Sign-off of plans that carry a personal budget. A sign-off runs from a plan's first submission until it is
-- signed off (returns and resubmissions in between); the plan's next change that needs signing off starts another.
-- stage: WITH_AUTHORISER, RETURNED or SIGNED_OFF. content_hash is the plan's fingerprint as submitted,
-- returned_hash as last returned (a resubmission must differ), first_signed_by the first of two authorisers.
create table sign_off (
    id uuid primary key,
    plan_id uuid not null references care_plan (id),
    person_id uuid not null references person (id),
    stage varchar(20) not null,
    content_hash varchar(64) not null,
    returned_hash varchar(64),
    authorisers_needed integer not null,
    first_signed_by varchar(100),
    first_submitted_at timestamp with time zone not null,
    submitted_at timestamp with time zone not null,
    submitted_by varchar(100) not null,
    decided_at timestamp with time zone,
    version bigint not null
);
create index sign_off_person_ix on sign_off (person_id, first_submitted_at);
create index sign_off_waiting_ix on sign_off (stage, submitted_at);

-- The history of every sign-off, one row a step, never changed: the dashboard's figures come from here.
-- kind: SUBMITTED, RESUBMITTED, RETURNED, FIRST_SIGN_OFF (the first of two authorisers) or SIGNED_OFF.
create table sign_off_step (
    id uuid primary key,
    sign_off_id uuid not null references sign_off (id),
    seq integer not null,
    kind varchar(20) not null,
    taken_at timestamp with time zone not null,
    taken_by varchar(100) not null,
    taken_by_name varchar(200) not null,
    content_hash varchar(64) not null,
    conditions varchar(2000),
    active_from date,
    version_number integer
);
create unique index sign_off_step_seq_uk on sign_off_step (sign_off_id, seq);
create index sign_off_step_kind_ix on sign_off_step (kind, taken_at);

-- Why a plan was returned: one reason a part of the plan (a plan section or a part of the budget).
create table sign_off_step_reason (
    step_id uuid not null references sign_off_step (id),
    position integer not null,
    part varchar(40) not null,
    reason varchar(2000) not null,
    primary key (step_id, position)
);

-- The organisation's sign-off criteria an authoriser ticked when deciding, in the words they had then.
create table sign_off_step_ticked (
    step_id uuid not null references sign_off_step (id),
    position integer not null,
    criterion varchar(300) not null,
    primary key (step_id, position)
);

-- What each organisation decides about sign-off; without a row: a 10 working day target, one authoriser, no
-- criteria. Above two_authorisers_over (pounds a year of the whole budget) a plan needs two authorisers.
create table sign_off_settings (
    organisation_id uuid primary key,
    target_days integer not null,
    two_authorisers_over numeric(12, 2),
    version bigint not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100) not null
);

create table sign_off_criterion (
    organisation_id uuid not null references sign_off_settings (organisation_id),
    position integer not null,
    text varchar(300) not null,
    primary key (organisation_id, position)
);
