-- What each organisation decides about its plans; an organisation without a row uses the defaults from
-- configuration (oneplan.planning.max-review-months).
create table planning_settings (
    organisation_id uuid primary key,
    max_review_months integer not null,
    version bigint not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100) not null
);
