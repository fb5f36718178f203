-- Review rounds and foreign keys from the review tables to the plan tables.
-- Written to run unchanged on H2 (2.x) and PostgreSQL (15+).
--
-- 1. A review is about one submitted version of a plan (plan_version = plan_version.number): after a
--    resubmission an expert writes a new review of the new version and the earlier one stays as it was.
--    Existing reviews get the version that was current when they were submitted (drafts: the latest).
-- 2. Reviews and comment threads die with their plan (as the plan's sections, versions and audit trail
--    do, e.g. when a programme or a city is deleted); a thread about an action that the city deletes
--    stays, with action_id set to null (the service shows it under the Actions section).

-- Rows that the foreign keys would reject can only be left-overs of plans or actions deleted before
-- this migration (the services never write them): drop or detach them first.
delete from plan_review where plan_id not in (select id from action_plan);
delete from comment_thread where plan_id not in (select id from action_plan);
update comment_thread set action_id = null
    where action_id is not null and action_id not in (select id from plan_action);

alter table plan_review add column plan_version integer;
update plan_review set plan_version = coalesce(
    (select max(v.number) from plan_version v
        where v.plan_id = plan_review.plan_id and v.submitted_at <= plan_review.submitted_at),
    (select p.latest_version from action_plan p where p.id = plan_review.plan_id));
-- a review of a plan that was never submitted cannot be written through the service
delete from plan_review where not exists
    (select 1 from plan_version v where v.plan_id = plan_review.plan_id and v.number = plan_review.plan_version);
alter table plan_review alter column plan_version set not null;

alter table plan_review drop constraint uq_plan_review;
alter table plan_review add constraint uq_plan_review_round unique (plan_id, expert_id, plan_version);
alter table plan_review add constraint fk_plan_review_plan
    foreign key (plan_id) references action_plan (id) on delete cascade;
alter table plan_review add constraint fk_plan_review_plan_version
    foreign key (plan_id, plan_version) references plan_version (plan_id, number) on delete cascade;

alter table comment_thread add constraint fk_comment_thread_plan
    foreign key (plan_id) references action_plan (id) on delete cascade;
alter table comment_thread add constraint fk_comment_thread_action
    foreign key (action_id) references plan_action (id) on delete set null;
create index ix_comment_thread_action on comment_thread (action_id);
