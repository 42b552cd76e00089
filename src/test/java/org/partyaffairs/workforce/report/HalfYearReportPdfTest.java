package org.partyaffairs.workforce.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.report.HalfYearFigures.Campaign;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;

/**
 * The PDF of a report whose town was graded, printed on the document foundation and read back with
 * PDFBox: the grades and the headcount are drawn as charts under their tables, and the city's
 * side-by-side draws one grades chart per town.
 */
class HalfYearReportPdfTest {

  private static final HalfYearFigures GRADED = new HalfYearFigures("kfq", "昆山开发区", "2026-H1", "2026年上半年",
      "2026-01-01", "2026-06-30", "2026-07-03 09:30",
      List.of(new Count("ACTIVE", "在岗", 11), new Count("PROBATION", "试用期", 2)), 13, 1, 3,
      List.of(new Count("RESIGNED", "已辞职", 1), new Count("DISMISSED", "已解聘", 0),
          new Count("DISQUALIFIED", "试用期不合格", 0)),
      List.of(new Count("OPEN", "告诫中（待谈话或告诫期内）", 1)), 4, 2,
      new Campaign(2025, "lanzhou", "兰州平时与年度考核", 1L),
      List.of(new Count("EXCELLENT", "优秀", 2), new Count("QUALIFIED", "称职", 8), new Count("BASIC", "基本称职", 1),
          new Count("FAIL", "不称职", 0), new Count("UNGRADED", "尚未评定", 0)),
      14, 1, 6, 2,
      List.of(new Count("2026-01", "1月", 11), new Count("2026-02", "2月", 11), new Count("2026-03", "3月", 12),
          new Count("2026-04", "4月", 12), new Count("2026-05", "5月", 13), new Count("2026-06", "6月", 13)));

  @Test
  void aGradedTownsReportChartsItsGradesAndItsHeadcount() {
    ReportView report = new ReportView(7L, "kfq", "昆山开发区", "2026-H1", "2026年上半年", "HALFYEAR-kfq-2026-H1",
        "RECEIVED", "市委已接收", "pi-1", "kfq-org", "2026-07-03 09:30", "本半年履职情况良好，优秀两人。", "kfq-org",
        "2026-07-05 10:00", 2, null, "kfq-committee", "2026-07-06 11:00", "2026-07-06 11:01", "office",
        "2026-07-08 15:00", "已阅", "/x.xlsx", "/x.pdf", GRADED);

    byte[] pdf = HalfYearReportPdf.report(report);

    String text = ReportFiles.pdfText(pdf);
    assertThat(text).contains("考核等次：2025年度考核（兰州平时与年度考核）", "考核等次分布", "优秀2", "称职8", "基本称职1",
        "各月末在职人数（试用期与在岗）", "1月11", "6月13", "撰写履职情况评价（第2稿）", "市委接收：已阅",
        "本半年履职情况良好，优秀两人。", "数据于2026-07-0309:30汇总");
    assertThat(ReportFiles.pdfPages(pdf)).isBetween(1, 4);
  }

  @Test
  void theCitysSideBySideChartsEachTownsGrades() {
    SideBySideView view = new SideBySideView("2026-H1", "2026年上半年", List.of(
        new SideBySideView.TownColumn("kfq", "昆山开发区", 7L, "HALFYEAR-kfq-2026-H1", "SUBMITTED", "已报送，待市委接收",
            "良好", GRADED),
        new SideBySideView.TownColumn("zhangpu", "张浦镇", null, null, "NOT_STARTED", "未发起", null, null)));

    String text = ReportFiles.pdfText(HalfYearReportPdf.sideBySide(view));

    assertThat(text).contains("党建专干履职情况半年报告汇总", "张浦镇未发起", "各区镇在职人数", "昆山开发区13",
        "昆山开发区：2025年度考核（兰州平时与年度考核）等次分布", "昆山开发区：良好");
  }

  @Test
  void sectionNumbersAreWrittenTheChineseWay() {
    assertThat(List.of(1, 3, 10, 11, 12, 20, 21)).extracting(HalfYearReportPdf::chinese)
        .containsExactly("一", "三", "十", "十一", "十二", "二十", "二十一");
  }
}
