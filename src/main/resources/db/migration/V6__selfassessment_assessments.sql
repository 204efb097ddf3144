-- A team's self-assessment against one version of a framework, who took part, and its answers.
create table assessment (
    id uuid primary key,
    framework_key varchar(60) not null,
    framework_version integer not null,
    team_id uuid not null references team (id),
    name varchar(200) not null,
    assessed_on date not null,
    status varchar(20) not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    submitted_at timestamp with time zone,
    version bigint not null default 0
);
create index assessment_team_ix on assessment (team_id, assessed_on);

create table assessment_participant (
    assessment_id uuid not null references assessment (id),
    position integer not null,
    name varchar(200) not null,
    capacity varchar(30) not null,
    primary key (assessment_id, position)
);

create table assessment_answer (
    id uuid primary key,
    assessment_id uuid not null references assessment (id),
    item_code varchar(20) not null,
    level integer not null,
    note varchar(2000),
    evidence varchar(2000),
    cumulative_confirmed boolean not null default false,
    answered_by varchar(100) not null,
    answered_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index assessment_answer_item_uk on assessment_answer (assessment_id, item_code);
