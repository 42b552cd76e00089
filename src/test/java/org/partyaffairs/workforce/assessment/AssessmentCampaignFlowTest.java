package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.support.IntegrationTest;

@IntegrationTest
class AssessmentCampaignFlowTest extends AssessmentCampaignFlowScenario {
}
