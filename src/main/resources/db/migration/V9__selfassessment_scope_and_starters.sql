-- An assessment belongs to the organisation of the team that runs it, and may cover that organisation
-- as a whole. A manager may let named staff of their team start assessments for it.
alter table assessment add column organisation_id uuid;
alter table assessment add column whole_organisation boolean default false not null;
update assessment set organisation_id = (select t.organisation_id from team t where t.id = assessment.team_id);
alter table assessment alter column organisation_id set not null;
alter table assessment add constraint assessment_organisation_fk foreign key (organisation_id) references organisation (id);
create index assessment_organisation_ix on assessment (organisation_id, assessed_on);

create table assessment_starter (
    team_id uuid not null references team (id),
    user_id uuid not null references user_account (id),
    granted_by varchar(100) not null,
    granted_at timestamp with time zone not null,
    primary key (team_id, user_id)
);
