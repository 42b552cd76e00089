package org.partyaffairs.workforce.report;

import java.util.List;

/**
 * What a town reports for a half year (001 第十五条 党建专干履职情况), compiled once when the report is
 * started and kept with it as JSON: the documents show what was submitted, not today's figures.
 * The workers by status (and in service, under warning) are as at the half year's end, read from the
 * trail, so what happens after it changes nothing; posts, vacancies and open tasks are as at
 * {@code compiledAt}; counts of events (hires, departures, warnings started, absent days) fall within
 * the half year.
 *
 * @param workersByStatus every status of the lifecycle, in its order, zero included, at the half year's end
 * @param departures 辞职, 解聘, 试用期不合格 within the half year, by the trail's events
 * @param warnings warnings started within the half year, by where each stands now
 * @param grades the last campaign's grades of the town's workers (000 第十条 / 001 第二十二条 labels)
 * @param headcount workers in service (试用期 and 在岗) at the end of each month of the half year
 */
record HalfYearFigures(
    String town,
    String townName,
    String halfYear,
    String halfYearLabel,
    String periodStart,
    String periodEnd,
    String compiledAt,
    List<Count> workersByStatus,
    int inService,
    int underWarning,
    int hires,
    List<Count> departures,
    List<Count> warnings,
    int absentDays,
    int absentWorkers,
    Campaign campaign,
    List<Count> grades,
    int posts,
    int vacancies,
    int openTasks,
    int overdueTasks,
    List<Count> headcount) {

  /** One figure with its code and the Chinese label the documents print. */
  record Count(String code, String label, int count) {
  }

  /** The campaign the grades come from (its id in {@code assessment_campaign}); null when never graded. */
  record Campaign(int year, String policy, String policyLabel, long id) {
  }

  /** The figures in a few lines, as the task forms show them read-only. */
  String summary() {
    StringBuilder text = new StringBuilder();
    text.append(townName).append(halfYearLabel).append("（").append(periodStart).append(" 至 ").append(periodEnd)
        .append("，").append(compiledAt).append(" 汇总）\n");
    text.append("在职工作者 ").append(inService).append(" 人（").append(join(workersByStatus)).append("），其中告诫期内 ")
        .append(underWarning).append(" 人\n");
    text.append("本半年新聘 ").append(hires).append(" 人；离岗 ").append(departuresTotal()).append(" 人（")
        .append(join(departures)).append("）\n");
    text.append("本半年启动告诫 ").append(warningsTotal()).append(" 人次（").append(join(warnings)).append("）\n");
    text.append("旷工 ").append(absentDays).append(" 个工作日，涉及 ").append(absentWorkers).append(" 人\n");
    text.append(campaign == null ? "尚无考核结果" : campaign.year() + "年度考核（" + campaign.policyLabel() + "）："
        + join(grades)).append("\n");
    text.append("岗位 ").append(posts).append(" 个，空缺 ").append(vacancies).append(" 个\n");
    text.append("本区镇待办任务 ").append(openTasks).append(" 件，其中逾期 ").append(overdueTasks).append(" 件");
    return text.toString();
  }

  private static String join(List<Count> counts) {
    return String.join("，", counts.stream().map(count -> count.label() + " " + count.count()).toList());
  }

  int departuresTotal() {
    return departures.stream().mapToInt(Count::count).sum();
  }

  int warningsTotal() {
    return warnings.stream().mapToInt(Count::count).sum();
  }
}
