package org.partyaffairs.workforce.leave;

import org.partyaffairs.workforce.support.IntegrationTest;

/** The leave flow on the embedded H2 database. */
@IntegrationTest
class LeaveFlowTest extends LeaveFlowScenario {
}
