-- The summary of actions: what the team wants to work towards on each item (starts as the next statement).
alter table assessment_answer add column work_towards varchar(2000);
