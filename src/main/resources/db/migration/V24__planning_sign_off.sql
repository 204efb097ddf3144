-- Plans that need signing off: the content the person agreed while it waits for sign-off, and on the version a
-- sign-off makes, the agreement it holds and the sign-off it carries (kept by the budget module's sign_off).
alter table care_plan add column agreed_hash varchar(64);
alter table plan_version add column agreement_id uuid references plan_agreement (id);
alter table plan_version add column sign_off_id uuid;
alter table plan_version add column signed_off_by varchar(400);
alter table plan_version add column signed_off_at timestamp with time zone;
alter table plan_version add column sign_off_conditions varchar(5000);
alter table plan_version add column budget_active_from date;
