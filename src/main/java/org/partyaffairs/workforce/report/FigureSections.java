package org.partyaffairs.workforce.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;

/**
 * The figures of a report in the sections every document prints them in, each a list of labelled
 * counts: one sheet per section in the workbooks, one column per town in the city's side-by-side.
 */
final class FigureSections {

  private FigureSections() {
  }

  static Map<String, List<Count>> of(HalfYearFigures figures) {
    Map<String, List<Count>> sections = new LinkedHashMap<>();
    List<Count> workers = new ArrayList<>(figures.workersByStatus());
    workers.add(new Count("IN_SERVICE", "在职合计（试用期与在岗）", figures.inService()));
    workers.add(new Count("UNDER_WARNING", "其中告诫期内", figures.underWarning()));
    sections.put("工作者状态", workers);

    List<Count> movements = new ArrayList<>();
    movements.add(new Count("HIRED", "本半年新聘", figures.hires()));
    figures.departures().forEach(count ->
        movements.add(new Count(count.code(), "离岗：" + count.label(), count.count())));
    movements.add(new Count("DEPARTED", "离岗合计", figures.departuresTotal()));
    sections.put("聘用与离岗", movements);

    List<Count> warnings = new ArrayList<>(figures.warnings());
    warnings.add(new Count("WARNINGS", "本半年启动告诫合计", figures.warningsTotal()));
    sections.put("告诫", warnings);

    sections.put("旷工", List.of(new Count("ABSENT_DAYS", "旷工工作日数", figures.absentDays()),
        new Count("ABSENT_WORKERS", "有旷工记录的人数", figures.absentWorkers())));

    sections.put("考核等次", figures.grades());

    sections.put("岗位与任务", List.of(new Count("POSTS", "岗位数", figures.posts()),
        new Count("VACANCIES", "空缺岗位数", figures.vacancies()),
        new Count("OPEN_TASKS", "待办任务", figures.openTasks()),
        new Count("OVERDUE_TASKS", "其中逾期", figures.overdueTasks())));

    sections.put("在职人数", figures.headcount());
    return sections;
  }

  /** What the grades section's heading says of the campaign they come from. */
  static String campaignOf(HalfYearFigures figures) {
    return figures.campaign() == null ? "尚无考核结果"
        : figures.campaign().year() + "年度考核（" + figures.campaign().policyLabel() + "）";
  }
}
