-- Self-assessment frameworks (statement banks as content). One row per version of a framework, never
-- changed once written, so an assessment can always show the wording it was answered against.
-- content holds the framework file (YAML) exactly as it was validated and loaded.
create table selfassessment_framework (
    id uuid primary key,
    framework_key varchar(60) not null,
    version int not null,
    title varchar(300) not null,
    content varchar(1000000) not null,
    loaded_at timestamp with time zone not null,
    loaded_by varchar(100) not null,
    constraint selfassessment_framework_key_version_uq unique (framework_key, version)
);
