package org.partyaffairs.workforce.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.document.PrintedDocument;
import org.partyaffairs.workforce.document.PrintedDocument.Bar;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;

/**
 * The report as a printable A4 PDF on the product's document foundation ({@code document}): the
 * town's report with its written assessment, its figures in tables, a chart of the grades and of the
 * month-end headcount, and the signatures; and the city's side-by-side with a chart per town.
 */
final class HalfYearReportPdf {

  static final String TITLE = "党建专干履职情况半年报告";
  static final String CITY_TITLE = "党建专干履职情况半年报告汇总";
  private static final String BASIS = "依据《兰州市非公企业和社会组织党建专干管理办法（试行）》第十五条（001）："
      + "区县委组织部每半年书面向市委组织部报告一次党建专干履职情况，实现党建专干动态化管理。";

  private HalfYearReportPdf() {
  }

  static byte[] report(ReportView report) {
    HalfYearFigures figures = report.figures();
    PrintedDocument document = new PrintedDocument(TITLE, figures.townName() + "组织部门")
        .number("业务键", report.businessKey())
        .fact("区镇", figures.townName())
        .fact("半年度", figures.halfYearLabel())
        .fact("统计期间", figures.periodStart() + " 至 " + figures.periodEnd())
        .fact("数据汇总时间", figures.compiledAt())
        .fact("状态", report.statusLabel())
        .fact("报送市委", report.submittedAt())
        .section("一、报告依据")
        .paragraph(BASIS)
        .section("二、履职情况评价")
        .paragraph(report.assessment() == null ? "（区镇组织部门尚未撰写）" : report.assessment());
    int number = 3;
    for (Map.Entry<String, List<Count>> section : FigureSections.of(figures).entrySet()) {
      String heading = section.getKey().equals("考核等次") ? "考核等次：" + FigureSections.campaignOf(figures)
          : section.getKey();
      document.section(chinese(number++) + "、" + heading)
          .table(List.of("项目", "数量"), section.getValue().stream()
              .<List<?>>map(count -> List.of(count.label(), count.count())).toList());
      if (section.getKey().equals("考核等次") && !figures.grades().isEmpty()) {
        document.barChart("考核等次分布", bars(figures.grades()));
      }
      if (section.getKey().equals("在职人数") && !figures.headcount().isEmpty()) {
        document.barChart("各月末在职人数（试用期与在岗）", bars(figures.headcount()));
      }
    }
    List<List<?>> steps = new ArrayList<>();
    steps.add(List.of("发起", report.startedBy(), report.startedAt()));
    if (report.writtenBy() != null) {
      steps.add(List.of("撰写履职情况评价（第 " + report.round() + " 稿）", report.writtenBy(), report.writtenAt()));
    }
    if (report.reviewedBy() != null) {
      steps.add(List.of(report.returnReason() == null ? "区镇党（工）委审核" : "退回修改：" + report.returnReason(),
          report.reviewedBy(), report.reviewedAt()));
    }
    if (report.receivedBy() != null) {
      steps.add(List.of("市委接收" + (report.receiptNote() == null ? "" : "：" + report.receiptNote()),
          report.receivedBy(), report.receivedAt()));
    }
    return document.section(chinese(number) + "、审核与报送")
        .table(List.of("事项", "经办", "时间"), steps)
        .signatures("区镇组织部门负责人", "区镇党（工）委负责人")
        .footnote("数据于 " + figures.compiledAt() + " 汇总并随报告保存，本文件所列为报送时的数据。")
        .toPdf();
  }

  /** Every town the reader may read, side by side: a table per section, a chart of headcount and grades. */
  static byte[] sideBySide(SideBySideView view) {
    PrintedDocument document = new PrintedDocument(CITY_TITLE, "市委\"两新\"工委办公室")
        .fact("半年度", view.halfYearLabel())
        .fact("区镇数", view.towns().size())
        .section("一、各区镇报送情况")
        .paragraph(BASIS)
        .table(List.of("区镇", "状态", "业务键", "数据汇总时间"), view.towns().stream()
            .<List<?>>map(town -> List.of(town.townName(), town.statusLabel(), blank(town.businessKey()),
                town.figures() == null ? "" : town.figures().compiledAt())).toList());
    List<SideBySideView.TownColumn> reported = view.towns().stream().filter(town -> town.figures() != null).toList();
    if (!reported.isEmpty()) {
      document.barChart("各区镇在职人数（试用期与在岗）", reported.stream()
          .map(town -> new Bar(town.townName(), town.figures().inService())).toList());
      int number = 2;
      List<String> headers = new ArrayList<>(List.of("项目"));
      reported.forEach(town -> headers.add(town.townName()));
      Map<String, Map<String, int[]>> sections = SideBySide.sections(reported);
      for (Map.Entry<String, Map<String, int[]>> section : sections.entrySet()) {
        List<List<?>> rows = new ArrayList<>();
        section.getValue().forEach((label, counts) -> {
          List<Object> row = new ArrayList<>(List.of(label));
          for (int count : counts) {
            row.add(count);
          }
          rows.add(row);
        });
        document.section(chinese(number++) + "、" + section.getKey()).table(headers, rows);
      }
      for (SideBySideView.TownColumn town : reported) {
        if (!town.figures().grades().isEmpty()) {
          document.barChart(town.townName() + "：" + FigureSections.campaignOf(town.figures()) + "等次分布",
              bars(town.figures().grades()));
        }
      }
      document.section(chinese(number) + "、各区镇履职情况评价");
      reported.forEach(town -> document.paragraph(town.townName() + "："
          + (town.assessment() == null ? "（尚未撰写）" : town.assessment())));
    }
    return document.footnote("各区镇数据均为其报告发起时汇总并随报告保存的数据。").toPdf();
  }

  private static List<Bar> bars(List<Count> counts) {
    return counts.stream().map(count -> new Bar(count.label(), count.count())).toList();
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }

  /** 三, 四 … 十五: section numbers as Chinese documents write them. */
  static String chinese(int number) {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (number < 10) {
      return digits[number];
    }
    return (number / 10 == 1 ? "" : digits[number / 10]) + "十" + digits[number % 10];
  }
}
