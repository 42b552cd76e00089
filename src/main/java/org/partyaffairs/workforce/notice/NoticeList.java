package org.partyaffairs.workforce.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.document.PrintedDocument;
import org.partyaffairs.workforce.document.SheetWorkbook;

/**
 * A notice's list as it was published (公示名单), for filing: the town, the period, every line with
 * what it said when published, and what came of the objections to it (a corrected line shows both
 * the published and the corrected value; who objected is not printed). For the annual assessment it
 * is the town's result list: each worker with score and grade (004 年度公示: 公示时间为7天).
 */
final class NoticeList {

  static final String ARTICLE = "004 年度公示";
  static final List<String> HEADERS = List.of("序号", "公示对象", "公示内容", "异议", "核实结果");

  private final Notice notice;
  private final String town;
  private final DateTimeFormatter time;

  NoticeList(Notice notice, String town, ZoneId zone) {
    this.notice = notice;
    this.town = town;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
  }

  String fileName() {
    return "公示名单-" + notice.getTitle() + "-" + notice.getId();
  }

  byte[] pdf(Instant printedAt) {
    return new PrintedDocument(notice.getTitle(), town)
        .number("公示编号", notice.getId().toString())
        .number("打印时间", time.format(printedAt))
        .fact("区镇", town)
        .fact("公示状态", status())
        .fact("公示开始", time.format(notice.getOpensAt()))
        .fact("公示截止", time.format(notice.getClosesAt()))
        .fact("公示条数", notice.getEntries().size())
        .fact("异议", notice.getObjections().size() + " 条，未处理 " + notice.openObjections() + " 条")
        .section("公示名单")
        .table(HEADERS, rows())
        .paragraph("公示期内，党员群众有异议的可以提出；经调查核实，情况明确的解释说明，记分有误的及时纠正（"
            + ARTICLE + "）。核实结果一栏载明纠正后的内容。")
        .signatures(town + "组织部门经办人", town + "组织部门")
        .footnote("本名单由系统根据公示 " + notice.getId() + "（" + notice.getTitle() + "）的发布记录生成。")
        .toPdf();
  }

  byte[] xlsx() {
    SheetWorkbook workbook = new SheetWorkbook();
    workbook.sheet("公示情况", List.of("项目", "内容"), List.of(
        List.of("公示", notice.getTitle()),
        List.of("公示编号", notice.getId().toString()),
        List.of("区镇", town),
        List.of("公示状态", status()),
        List.of("公示开始", time.format(notice.getOpensAt())),
        List.of("公示截止", time.format(notice.getClosesAt())),
        List.of("依据", ARTICLE)));
    workbook.sheet("公示名单", HEADERS, rows());
    return workbook.toBytes();
  }

  List<List<?>> rows() {
    List<List<?>> rows = new ArrayList<>();
    for (NoticeEntry entry : notice.getEntries()) {
      List<Objection> raised = notice.getObjections().stream()
          .filter(objection -> objection.getEntry().getId().equals(entry.getId())).toList();
      rows.add(List.of(rows.size() + 1, entry.getSummary(), entry.getPublishedValue(),
          raised.isEmpty() ? "无" : raised.size() + " 条（" + raised.stream().map(o -> o.getStatus().label())
              .collect(Collectors.joining("、")) + "）",
          outcome(entry, raised)));
    }
    return rows;
  }

  private static String outcome(NoticeEntry entry, List<Objection> raised) {
    if (!java.util.Objects.equals(entry.getCurrentValue(), entry.getPublishedValue())) {
      return "已纠正为：" + entry.getCurrentValue();
    }
    return raised.isEmpty() ? "—" : raised.stream().allMatch(Objection::isResolved) ? "经核实，维持公示内容" : "核实中";
  }

  private String status() {
    return notice.getStatus() == NoticeStatus.CLOSED ? "公示已结束（" + time.format(notice.getClosedAt()) + "）"
        : "公示中";
  }
}
