-- Issue 22: a town's groups and the city groups read tasks through READ_TASK on the process
-- definitions (security.IdentitySetup; the tenant check keeps towns apart), and the row Camunda
-- writes per task for its candidate group keeps TASK_WORK (claim, complete) but no longer READ
-- (security.TownTaskAuthorizationProvider). This removes READ from the rows written before, so that
-- an upgraded database ends as a fresh one: the task query's authorization join no longer meets one
-- row per task. The same rule as the provider's: groups' grants (TYPE_ 1) on one task (RESOURCE_TYPE_
-- 7 = TASK, not '*') of a process instance; city groups on any process, town groups on any but the
-- city-wide ones (assessment.AssessmentStarters: no tenant, so no READ_TASK for town groups there).
-- Users' rows (assignee, owner, candidate user) keep READ: a worker reads their own tasks by them.
-- READ is bit 2 of PERMS_ (Permissions.READ = TaskPermissions.READ = 2); PERMS_ is never negative
-- (ALL = Integer.MAX_VALUE), so MOD(PERMS_, 4) >= 2 tests the bit on H2 and MySQL alike.
update ACT_RU_AUTHORIZATION
set PERMS_ = PERMS_ - 2, REV_ = REV_ + 1
where TYPE_ = 1
  and RESOURCE_TYPE_ = 7
  and RESOURCE_ID_ <> '*'
  and MOD(PERMS_, 4) >= 2
  and (
    (GROUP_ID_ in ('city-committee', 'city-office')
      and RESOURCE_ID_ in (select T.ID_ from ACT_RU_TASK T where T.PROC_DEF_ID_ is not null))
    or ((GROUP_ID_ like 'town-org-%' or GROUP_ID_ like 'town-committee-%')
      and RESOURCE_ID_ in (
        select T.ID_ from ACT_RU_TASK T join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_
        where D.KEY_ not in ('AssessmentCampaignProcess', 'AssessmentBatchProcess'))));
