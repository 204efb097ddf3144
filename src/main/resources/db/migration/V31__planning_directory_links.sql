-- An option (question 3) or an action (question 7) of a plan can name the community directory entry it draws
-- on. No foreign key: the entry is the directory module's; planning tells it of each link and unlink through
-- DirectoryUse, which keeps the record of links and counts the plans using each entry.
-- directory_entry_text is the entry's name and contact as they were when the item was last saved: what the plan's
-- content (and so an agreed version) says, so that an administrator changing the entry never changes an agreed
-- plan back into a draft. The pages show the entry as the directory has it now.
alter table plan_option add column directory_entry_id uuid;
alter table plan_option add column directory_entry_text varchar(600);
alter table plan_action add column directory_entry_id uuid;
alter table plan_action add column directory_entry_text varchar(600);
