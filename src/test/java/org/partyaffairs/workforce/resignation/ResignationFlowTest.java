package org.partyaffairs.workforce.resignation;

import org.partyaffairs.workforce.support.IntegrationTest;

/** The resignation flow on the embedded H2 database. */
@IntegrationTest
class ResignationFlowTest extends ResignationFlowScenario {
}
