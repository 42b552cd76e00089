-- The deadlines the city office sets when it starts an assessment campaign (述职截止, 评分截止): every
-- self-report and scoring task of the campaign is due at the end of that day (workforce.zone).
-- Campaigns started before have none; their tasks count the working days of the service levels.
alter table assessment_campaign add column self_report_due_on date;
alter table assessment_campaign add column scoring_due_on date;
