-- The community directory: resources a coordinator can offer before specialist services. Entries are
-- retired, never deleted; every change is kept as a revision with who made it, when, and the content then.
-- Plans link to entries through directory_use, which counts how many plans use each entry.
create table directory_entry (
    id uuid primary key,
    name varchar(200) not null,
    name_key varchar(200) not null,
    description varchar(2000) not null,
    category varchar(40) not null,
    area varchar(100) not null,
    area_key varchar(100) not null,
    phone varchar(30),
    email varchar(254),
    website varchar(300),
    address varchar(500),
    cost varchar(20),
    cost_details varchar(300),
    opening_times varchar(1000),
    accessibility varchar(1000),
    -- lower(name || ' ' || description): what word search looks in.
    search_text varchar(2201) not null,
    last_checked date,
    checked_by varchar(100),
    retired_at timestamp with time zone,
    retired_by varchar(100),
    revisions integer not null,
    version bigint not null default 0
);
-- One entry per name in an area, whatever the case: the CSV import finds duplicates by this.
create unique index directory_entry_name_area_uk on directory_entry (name_key, area_key);
create index directory_entry_category_ix on directory_entry (category, name_key);
create index directory_entry_area_ix on directory_entry (area_key, name_key);

create table directory_revision (
    id uuid primary key,
    entry_id uuid not null references directory_entry (id),
    number integer not null,
    kind varchar(20) not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100) not null,
    name varchar(200) not null,
    description varchar(2000) not null,
    category varchar(40) not null,
    area varchar(100) not null,
    phone varchar(30),
    email varchar(254),
    website varchar(300),
    address varchar(500),
    cost varchar(20),
    cost_details varchar(300),
    opening_times varchar(1000),
    accessibility varchar(1000),
    last_checked date,
    checked_by varchar(100),
    retired boolean not null
);
create unique index directory_revision_entry_uk on directory_revision (entry_id, number);

create table directory_use (
    id uuid primary key,
    entry_id uuid not null references directory_entry (id),
    plan_id uuid not null,
    item_id uuid not null,
    linked_at timestamp with time zone not null,
    linked_by varchar(100) not null,
    unlinked_at timestamp with time zone,
    unlinked_by varchar(100)
);
create unique index directory_use_item_uk on directory_use (entry_id, item_id);
create index directory_use_plan_ix on directory_use (entry_id, plan_id);
