-- Indexes for the queries that grow with the province (issue 9's benchmark measures them; its
-- bench.BenchIndexes drops and re-creates exactly these to show Camunda with and without them).

-- The campaign's cohort: ACTIVE, eligible workers not under warning, chosen in one statement.
create index ix_worker_cohort on worker (status, assessment_eligible, under_warning);
