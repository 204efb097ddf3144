-- Making the plan happen: how each action is getting on. Kept apart from the action itself, because progress
-- is not part of the plan's content: marking an action done never makes an agreed plan a draft again.
-- An action with no row has not been started.
create table action_progress (
    action_id uuid primary key references plan_action (id),
    plan_id uuid not null references care_plan (id),
    status varchar(20) not null,
    reason varchar(1000),
    changed_by varchar(200) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);
create index action_progress_plan_ix on action_progress (plan_id);

-- Every change of status and every progress note, in order; never edited. The author is the signed-in
-- user's name as it was when they wrote.
create table action_progress_entry (
    id uuid primary key,
    action_id uuid not null references plan_action (id),
    plan_id uuid not null references care_plan (id),
    status varchar(20),
    reason varchar(1000),
    note varchar(2000),
    written_by varchar(200) not null,
    written_at timestamp with time zone not null
);
create index action_progress_entry_action_ix on action_progress_entry (action_id, written_at);
create index action_progress_entry_plan_ix on action_progress_entry (plan_id, written_at);

-- The actions due lists look for actions by date, and for the people a coordinator is named for.
create index plan_action_due_ix on plan_action (due_date);
create index person_coordinator_user_ix on person (coordinator_user_id);
