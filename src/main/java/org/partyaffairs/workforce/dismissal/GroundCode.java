package org.partyaffairs.workforce.dismissal;

import java.util.Arrays;

/** The ground codes of the {@code dismissal-grounds} decision, as 000 第十四条 numbers and words them. */
enum GroundCode {
  CONSECUTIVE_ABSENCE(1, "连续旷工超过15个工作日"),
  CUMULATIVE_ABSENCE(1, "一年内累计旷工超过30个工作日"),
  SERIOUS_INCIDENT(2, "违反工作纪律或者操作规程，发生责任事故，或者因失职、渎职，造成严重后果"),
  PUBLIC_SECURITY_PENALTY(3, "严重扰乱工作秩序，受到治安行政处罚"),
  ELIGIBILITY_REVOKED(4, "被取消年度考核资格"),
  ANNUAL_FAIL(4, "年度考核不合格"),
  TWO_CONSECUTIVE_BASIC(5, "连续两年考核基本合格"),
  CRIMINAL_OR_DETENTION(6, "被依法判处管制以上刑事处罚或者被处以行政拘留"),
  OTHER(7, "存在其它严重问题");

  private final int item;
  private final String label;

  GroundCode(int item, String label) {
    this.item = item;
    this.label = label;
  }

  /** As the task forms and the trail show it, e.g. {@code 第十四条 4：年度考核不合格}. */
  static String describe(String code) {
    return Arrays.stream(values()).filter(ground -> ground.name().equals(code)).findFirst()
        .map(ground -> "第十四条 " + ground.item + "：" + ground.label)
        .orElse(code);
  }
}
