package org.partyaffairs.workforce.warning;

/**
 * The three grounds on which a worker is determined a warning target (告诫对象, 000 第十三条). The
 * first two are a judgement the town organisation dept makes and explains; the third follows from
 * the absence records and is never entered by hand.
 */
public enum WarningGround {
  POOR_FIT("政治业务素质较差，工作疲沓，勉强适应本职位要求"),
  INCOMPLETE_WORK("对所担负的工作任务不能全面完成或其中某项工作经常出差错"),
  ABSENCE("纪律松弛，连续旷工超过5个工作日或者一年内累计旷工超过10个工作日");

  private final String label;

  WarningGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** As the regulation numbers it: 000 第十三条 1–3. */
  public int number() {
    return ordinal() + 1;
  }
}
