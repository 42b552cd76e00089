package org.partyaffairs.workforce.exchange;

import org.partyaffairs.workforce.support.IntegrationTest;

/** The exchange flow on the embedded H2 database. */
@IntegrationTest
class ExchangeFlowTest extends ExchangeFlowScenario {
}
