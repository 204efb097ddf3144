-- The person, their communication and information needs, consent, named coordinator and circle of support.
create table person (
    id uuid primary key,
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    preferred_name varchar(100),
    date_of_birth date,
    nhs_number varchar(10),
    address_line1 varchar(200),
    address_line2 varchar(200),
    town varchar(100),
    postcode varchar(10),
    phone varchar(30),
    email varchar(254),
    preferred_contact varchar(20),
    language varchar(100),
    communication_notes varchar(1000),
    advocate_needed boolean not null default false,
    advocate_reason varchar(1000),
    consent_to_planning boolean not null default false,
    consent_to_sharing boolean not null default false,
    consent_given_by varchar(200),
    consent_given_on date,
    consent_scope varchar(1000),
    coordinator_kind varchar(20),
    coordinator_user_id uuid,
    coordinator_name varchar(200),
    version bigint not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index person_family_name_ix on person (family_name, given_name);
create index person_given_name_ix on person (given_name);
create index person_nhs_number_ix on person (nhs_number);
create index person_date_of_birth_ix on person (date_of_birth);

-- Accessible Information Standard formats (easy read, large print, braille, audio, BSL ...).
create table person_information_format (
    person_id uuid not null references person (id),
    format varchar(30) not null,
    primary key (person_id, format)
);

create table circle_member (
    id uuid primary key,
    person_id uuid not null references person (id),
    name varchar(200) not null,
    relationship varchar(100),
    circle varchar(20) not null,
    phone varchar(30),
    email varchar(254),
    user_account_id uuid,
    shares_record boolean not null default false,
    removed_at timestamp with time zone,
    removed_by varchar(100),
    version bigint not null default 0,
    created_at timestamp with time zone not null
);
create index circle_member_person_ix on circle_member (person_id);
create index circle_member_account_ix on circle_member (user_account_id);

create table circle_member_role (
    member_id uuid not null references circle_member (id),
    role varchar(30) not null,
    primary key (member_id, role)
);
