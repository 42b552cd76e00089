-- Issue 22: a town's groups and the city groups work on tasks through TASK_WORK on the process
-- definitions, where they already read them (READ_TASK), and security.OfferedTaskCommandChecker keeps
-- the work to the group a task is offered to. security.TownTaskAuthorizationProvider writes no row
-- per task for these groups any more; this deletes the rows written before (TASK_WORK only, since
-- V16), so that an upgraded database ends as a fresh one and the authorization table no longer
-- holds one row per open task. The same rule as the provider's: groups' grants (TYPE_ 1) on one task
-- (RESOURCE_TYPE_ 7 = TASK, not '*') of a process instance; city groups on any process, town groups
-- (security.Groups: town-org-<town>, town-committee-<town>) on any but the city-wide ones
-- (assessment.AssessmentStarters: no tenant, no grant on those definitions, so their rows stay).
-- Users' rows (assignee, owner, candidate user) stay: a worker reads and works their own tasks by them.
--
-- The definition-level TASK_WORK is left to start-up: security.IdentitySetup runs at every start,
-- after Flyway and before the application takes requests, and its idempotent security.Grants adds
-- TASK_WORK to the groups' existing definition grants (the city groups' on '*', the town groups'
-- on each town process). A rule in SQL would have to repeat which processes are the town's.
-- Plain DELETE with subqueries on other tables: the same on H2 and MySQL/MariaDB (as V16).
delete from ACT_RU_AUTHORIZATION
where TYPE_ = 1
  and RESOURCE_TYPE_ = 7
  and RESOURCE_ID_ <> '*'
  and (
    (GROUP_ID_ in ('city-committee', 'city-office')
      and RESOURCE_ID_ in (select T.ID_ from ACT_RU_TASK T where T.PROC_DEF_ID_ is not null))
    or ((GROUP_ID_ like 'town-org-%' or GROUP_ID_ like 'town-committee-%')
      and RESOURCE_ID_ in (
        select T.ID_ from ACT_RU_TASK T join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_
        where D.KEY_ not in ('AssessmentCampaignProcess', 'AssessmentBatchProcess'))));
