-- An option (question 3) or an action (question 7) of a plan can name the community directory entry it draws
-- on. No foreign key: the entry is the directory module's; planning tells it of each link and unlink through
-- DirectoryUse, which keeps the record of links and counts the plans using each entry.
alter table plan_option add column directory_entry_id uuid;
alter table plan_action add column directory_entry_id uuid;
