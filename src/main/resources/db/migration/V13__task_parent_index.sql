-- Completing a task looks up its subtasks (select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?),
-- and Camunda's schema has no index on that column (camunda/camunda#36824): every completion read
-- the whole task table. A 100,000-worker campaign holds 100,000 open tasks, and its workers were
-- graded ever more slowly as it went (issue 9's benchmark). bench.BenchIndexes drops and re-creates
-- this index with V11's to show Camunda with and without them.
create index ix_task_parent_task on ACT_RU_TASK (PARENT_TASK_ID_);
