package org.partyaffairs.workforce.recruitment;

import org.partyaffairs.workforce.support.IntegrationTest;

/** From a post application to an ACTIVE worker, on the embedded H2 database. */
@IntegrationTest
class PostToActiveWorkerFlowTest extends PostToActiveWorkerFlowScenario {
}
