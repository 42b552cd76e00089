package org.partyaffairs.workforce.report;

import java.util.List;

/**
 * The city's view of one half year: every town the caller may read, side by side, each with its
 * report's state and the figures it was compiled with; a town that has not started its report is
 * listed as 未发起 with no figures.
 */
record SideBySideView(String halfYear, String halfYearLabel, List<TownColumn> towns) {

  record TownColumn(String town, String townName, Long reportId, String businessKey, String status,
      String statusLabel, String assessment, HalfYearFigures figures) {
  }
}
