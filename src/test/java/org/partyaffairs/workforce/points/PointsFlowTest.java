package org.partyaffairs.workforce.points;

import org.partyaffairs.workforce.support.IntegrationTest;

/** The points ledger's flow on the embedded H2 database. */
@IntegrationTest
class PointsFlowTest extends PointsFlowScenario {
}
