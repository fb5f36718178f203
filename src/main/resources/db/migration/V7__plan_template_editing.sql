-- Programme managers edit their plan templates (docs/adr/0011-editable-plan-templates.md): who saved
-- the template last and when, for the message a manager sees when someone else saved it meanwhile.
-- Written to run unchanged on H2 (2.x) and PostgreSQL (15+).

alter table plan_template add column updated_at timestamp with time zone;
alter table plan_template add column updated_by varchar(120);

-- a template change reaches the plans that follow it
create index ix_action_plan_template on action_plan (template_id);
