package org.partyaffairs.workforce.exchange;

/** Where an exchange proposal stands (000 第十二条). */
public enum ExchangeStatus {
  /** Proposed by the town committee, waiting for its reason (when not eligible) or the city office. */
  PROPOSED("待审核"),
  /** Withdrawn by the town committee after the check found the worker not eligible. */
  WITHDRAWN("已撤回"),
  /** The city office consented; the move is under way. */
  APPROVED("已同意"),
  /** The city office did not consent; nothing changed. */
  REFUSED("未同意"),
  /** The worker moved: the old post vacant, the new one filled. */
  EXCHANGED("已交流");

  private final String label;

  ExchangeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the proposal still holds the worker: a second one is refused meanwhile. */
  public boolean isOpen() {
    return this == PROPOSED || this == APPROVED;
  }
}
