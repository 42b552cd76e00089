package org.partyaffairs.workforce.quarterly;

import org.partyaffairs.workforce.support.IntegrationTest;

/** A town's quarter of reports on the embedded H2 database. */
@IntegrationTest
class QuarterlyReportFlowTest extends QuarterlyReportFlowScenario {
}
