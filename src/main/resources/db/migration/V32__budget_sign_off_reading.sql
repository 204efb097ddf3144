-- The authoriser's queue and the managers' dashboard read sign-offs by the caller's teams (joined to the caseload
-- by person). The queue reads the plans with the authoriser longest waiting first, in the order it shows them
-- (sent, then id), with the person to join the caseload on. The dashboard reads the steps of one kind over a
-- period, with their sign-off to join on, from the index alone.
create index sign_off_queue_ix on sign_off (stage, submitted_at, id, person_id);
drop index sign_off_waiting_ix;
create index sign_off_step_period_ix on sign_off_step (kind, taken_at, sign_off_id);
drop index sign_off_step_kind_ix;
