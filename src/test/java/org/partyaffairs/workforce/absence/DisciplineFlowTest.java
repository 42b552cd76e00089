package org.partyaffairs.workforce.absence;

import org.partyaffairs.workforce.support.IntegrationTest;

/** The discipline flow on the embedded H2 database. */
@IntegrationTest
class DisciplineFlowTest extends DisciplineFlowScenario {
}
