package org.partyaffairs.workforce.worker;

/**
 * An article of a source regulation (files in shared/seeds), cited on every trail entry so that an
 * inspector can see under which rule something happened.
 */
public enum Article {
  /** 昆山办法 第六条: the recruited worker signs a post contract with the town. */
  KUNSHAN_6("000", "第六条"),
  /** 昆山办法 第九条: the annual assessment by the city office with the towns. */
  KUNSHAN_9("000", "第九条"),
  /** 昆山办法 第十条: the four grades of the annual assessment and their score bands. */
  KUNSHAN_10("000", "第十条"),
  /**
   * 昆山办法 第十一条: 岗位培训制度 — the city office's 任前培训, regular training by the towns; cited on
   * every training result recorded (training).
   */
  KUNSHAN_11("000", "第十一条"),
  /**
   * 昆山办法 第十二条: after five years in a worker post with outstanding performance, priority for an
   * exchange (交流使用) or a more important role (重用) within the town, with the city office's consent.
   */
  KUNSHAN_12("000", "第十二条"),
  /** 昆山办法 第十三条: warning targets, the warning talk and the three-month warning period. */
  KUNSHAN_13("000", "第十三条"),
  /** 昆山办法 第十四条: the grounds on which a worker is dismissed. */
  KUNSHAN_14("000", "第十四条"),
  /** 昆山办法 第十五条: the town committee dismisses, the city office receives the filing. */
  KUNSHAN_15("000", "第十五条"),
  /** 昆山办法 第十六条: resignation in writing to the town org dept, agreed by the town committee, filed with the city office. */
  KUNSHAN_16("000", "第十六条"),
  /** 兰州办法 第六条: a two-month probation before the worker is confirmed. */
  LANZHOU_6("001", "第六条"),
  /**
   * 兰州办法 第十五条: the organisation department manages the workers day to day and names someone
   * to guide and urge them (指导和督促); cited when overdue work is escalated (notification).
   */
  LANZHOU_15("001", "第十五条"),
  /** 兰州办法 第十八条(一): the public commitment made during probation (公开承诺制度). */
  LANZHOU_18_1("001", "第十八条(一)"),
  /**
   * 兰州办法 第十八条(三): the worker reports in writing each quarter (定期汇报制度), an important basis of
   * the annual assessment.
   */
  LANZHOU_18_3("001", "第十八条(三)"),
  /** 兰州办法 第十八条(四): attendance and leave (考勤和请销假制度): who approves leave of how many days, 销假. */
  LANZHOU_18_4("001", "第十八条(四)"),
  /** 兰州办法 第十八条(六): an experienced cadre mentors each new worker (师带徒). */
  LANZHOU_18_6("001", "第十八条(六)"),
  /** 兰州办法 第十九条: no unilateral dismissal; the city's organisation dept must agree. */
  LANZHOU_19("001", "第十九条"),
  /** 兰州办法 第二十一条: ordinary (平时, from the quarterly reports) 40% and annual assessment 60%. */
  LANZHOU_21("001", "第二十一条"),
  /** 兰州办法 第二十二条: grades, and 优秀 in principle at most 20%. */
  LANZHOU_22("001", "第二十二条"),
  /** 兰州办法 第二十三条: what the results lead to (rewards, talks, dismissal). */
  LANZHOU_23("001", "第二十三条"),
  /**
   * 江苏“四级五专” (002) 专职资格认证: the four levels, the yearly certification round, the 年检 with the
   * annual assessment, losing a level, the report of a certified worker's position change.
   */
  JIANGSU_CERTIFICATION("002", "专职资格认证"),
  /** 江苏“四级五专” (002) 专属待遇保障: the 红领津贴 by level, cancelled for a year below 称职. */
  JIANGSU_ALLOWANCE("002", "专属待遇保障"),
  /** 党员积分管理 (004) 三、考核应用: the points system's grades. */
  POINTS_USE("004", "三、考核应用"),
  /** 党员积分管理 (004) 附件1 一、考核设置: bonus and deduction lines need material or two witnesses; vetoes. */
  POINTS_SETTING("004", "附件1 一、考核设置"),
  /** 党员积分管理 (004) 附件1 二、考核流程: recorded as it happens, published every quarter, corrected. */
  POINTS_PROCESS("004", "附件1 二、考核流程");

  private final String regulation;
  private final String article;

  Article(String regulation, String article) {
    this.regulation = regulation;
    this.article = article;
  }

  /** As the regulations are cited throughout the product, e.g. {@code 000 第十六条}. */
  public String citation() {
    return regulation + " " + article;
  }
}
