package org.partyaffairs.workforce.assessment;

import java.util.Set;

/** Where a campaign stands, in the order it gets there. */
public enum CampaignStatus {
  SCORING("评分中"),
  QUOTA_REVIEW("核定优秀比例"),
  PUBLISHING("公示中"),
  AWAITING_CONFIRMATION("待确认"),
  CONFIRMED("已确认"),
  CLOSED("结果已运用");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  Set<CampaignStatus> next() {
    return switch (this) {
      case SCORING -> Set.of(QUOTA_REVIEW, PUBLISHING);
      case QUOTA_REVIEW -> Set.of(PUBLISHING);
      case PUBLISHING -> Set.of(AWAITING_CONFIRMATION);
      case AWAITING_CONFIRMATION -> Set.of(CONFIRMED);
      case CONFIRMED -> Set.of(CLOSED);
      case CLOSED -> Set.of();
    };
  }
}
