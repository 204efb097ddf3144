-- Organisations, teams, user accounts, roles, caseloads, API tokens and first-start setup.
create table organisation (
    id uuid primary key,
    name varchar(200) not null,
    kind varchar(40) not null,
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamp with time zone not null
);
-- Names are compared case-insensitively by the application; H2 has no expression indexes.
create unique index organisation_name_uk on organisation (name);

create table team (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamp with time zone not null
);
create index team_organisation_ix on team (organisation_id);

-- A multi-disciplinary team can draw members from several organisations.
create table team_partner (
    team_id uuid not null references team (id),
    organisation_id uuid not null references organisation (id),
    primary key (team_id, organisation_id)
);

create table user_account (
    id uuid primary key,
    username varchar(60) not null,
    display_name varchar(200) not null,
    email varchar(254),
    password_hash varchar(300) not null,
    must_change_password boolean not null default false,
    active boolean not null default true,
    person_id uuid,
    password_changed_at timestamp with time zone not null,
    version bigint not null default 0,
    created_at timestamp with time zone not null
);
-- Usernames are stored in lower case, so a plain unique index is case-insensitive.
create unique index user_account_username_uk on user_account (username);
create index user_account_person_ix on user_account (person_id);

create table user_role (
    user_id uuid not null references user_account (id),
    role varchar(30) not null,
    primary key (user_id, role)
);

create table team_membership (
    user_id uuid not null references user_account (id),
    team_id uuid not null references team (id),
    primary key (user_id, team_id)
);
create index team_membership_team_ix on team_membership (team_id);

-- Which teams hold a person on their caseload. person_id refers to the people module's record.
create table caseload (
    person_id uuid not null,
    team_id uuid not null references team (id),
    added_at timestamp with time zone not null,
    primary key (person_id, team_id)
);
create index caseload_team_ix on caseload (team_id);

create table api_token (
    id uuid primary key,
    user_id uuid not null references user_account (id),
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_user_ix on api_token (user_id);

create table setup_token (
    id uuid primary key,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone
);
