package org.partyaffairs.workforce.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.document.PrintedDocument;
import org.partyaffairs.workforce.document.SheetWorkbook;
import org.partyaffairs.workforce.dossier.Dossier.Line;

/**
 * The dossier on paper and in a spreadsheet: the PDF has a header with the worker and the issuing
 * office, then one section per stage of service (each line citing its article), then the figures
 * per year and the filings; the XLSX has one sheet per section.
 */
final class DossierPrint {

  static final List<String> TIMELINE_HEADERS = List.of("时间", "类别", "事项", "说明", "办理人", "依据");
  static final List<String> IN_FLIGHT_HEADERS = List.of("事项", "编号", "开始时间", "当前进展");
  static final List<String> ASSESSMENT_HEADERS = List.of("年度", "得分", "等次", "状态", "评定依据", "评分项");
  static final List<String> ABSENCE_HEADERS = List.of("年度", "旷工天数", "日期", "依据");
  static final List<String> WARNING_HEADERS = List.of("告诫事由", "情况", "状态", "谈话日期", "告诫期至", "评估", "依据");
  static final List<String> FILING_HEADERS = List.of("备案事项", "编号", "状态", "备案号", "依据");
  static final List<String> TRAINING_HEADERS = List.of("类别", "培训名称", "时间", "主办单位", "参加与成绩", "依据");
  private static final String TRAINING_ARTICLE = "000 第十一条";
  private static final String ABSENCE_ARTICLE = "000 第十四条";
  private static final String WARNING_ARTICLE = "000 第十三条";

  private final Dossier dossier;
  private final DateTimeFormatter time;
  private final DateTimeFormatter day;

  DossierPrint(Dossier dossier, ZoneId zone) {
    this.dossier = dossier;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
  }

  /** The office that keeps the dossier: the town's organisation department (000 第十六条, 001 第十八条(五)). */
  String issuer() {
    return dossier.facts().town() + "组织部门";
  }

  String fileName() {
    return "工作者档案-" + dossier.facts().name() + "-" + dossier.facts().workerId();
  }

  byte[] pdf(Instant printedAt) {
    Dossier.Facts facts = dossier.facts();
    PrintedDocument document = new PrintedDocument("专职党务工作者档案", issuer())
        .number("工作者编号", facts.workerId().toString())
        .number("打印时间", time.format(printedAt))
        .fact("姓名", facts.name())
        .fact("所在区镇", facts.town())
        .fact("岗位", facts.post())
        .fact("状态", facts.status() + (facts.underWarning() ? "（告诫期内）" : ""))
        .fact("录用日期", facts.hiredOn())
        .fact("试用期", facts.probation())
        .fact("带教导师", facts.mentor())
        .fact("参加年度考核", facts.assessmentEligible() ? "是" : "否");
    if (!dossier.inFlight().isEmpty()) {
      document.section("在办事项").table(IN_FLIGHT_HEADERS, inFlightRows());
    }
    int number = 1;
    for (Stage stage : Stage.values()) {
      List<List<?>> rows = timelineRows(stage);
      if (!rows.isEmpty()) {
        document.section(chineseNumber(number++) + "、" + stage.label + "（" + stage.article + "）")
            .table(TIMELINE_HEADERS, rows);
      }
    }
    document.section(chineseNumber(number++) + "、年度考核结果").table(ASSESSMENT_HEADERS, assessmentRows());
    document.section(chineseNumber(number++) + "、缺勤（旷工）").table(ABSENCE_HEADERS, absenceRows());
    document.section(chineseNumber(number++) + "、告诫").table(WARNING_HEADERS, warningRows());
    document.section(chineseNumber(number++) + "、培训（" + TRAINING_ARTICLE + "）").table(TRAINING_HEADERS, trainingRows());
    document.section(chineseNumber(number) + "、备案").table(FILING_HEADERS, filingRows());
    return document.signatures("经办人", "审核人", "单位（盖章）")
        .footnote("本档案依据 001 第十八条(五)、002 专业化建设人员档案的要求，由系统根据各项办理记录生成；"
            + "每一行注明其依据的条款。")
        .toPdf();
  }

  byte[] xlsx() {
    SheetWorkbook book = new SheetWorkbook();
    Dossier.Facts facts = dossier.facts();
    book.sheet("基本情况", List.of("项目", "内容"), List.of(
        List.of("姓名", facts.name()), List.of("工作者编号", facts.workerId()), List.of("所在区镇", facts.town()),
        List.of("岗位", text(facts.post())), List.of("状态", facts.status()),
        List.of("告诫期内", facts.underWarning() ? "是" : "否"), List.of("录用日期", text(facts.hiredOn())),
        List.of("试用期", text(facts.probation())), List.of("带教导师", text(facts.mentor())),
        List.of("出具单位", issuer())));
    book.sheet("在办事项", IN_FLIGHT_HEADERS, inFlightRows());
    book.sheet("时间线", List.of("时间", "阶段", "类别", "事项", "说明", "办理人", "依据"), dossier.timeline().stream()
        .map(line -> List.of(time.format(line.at()), line.stage(), line.kind(), line.title(), text(line.detail()),
            text(line.by()), text(line.article())))
        .collect(Collectors.toList()));
    for (Stage stage : Stage.values()) {
      List<List<?>> rows = timelineRows(stage);
      if (!rows.isEmpty()) {
        book.sheet(stage.label, TIMELINE_HEADERS, rows);
      }
    }
    book.sheet("年度考核", ASSESSMENT_HEADERS, assessmentRows());
    book.sheet("缺勤", ABSENCE_HEADERS, absenceRows());
    book.sheet("告诫", WARNING_HEADERS, warningRows());
    book.sheet("培训", TRAINING_HEADERS, trainingRows());
    book.sheet("备案", FILING_HEADERS, filingRows());
    return book.toBytes();
  }

  private List<List<?>> timelineRows(Stage stage) {
    List<List<?>> rows = new ArrayList<>();
    for (Line line : dossier.timeline()) {
      if (line.stage().equals(stage.label)) {
        rows.add(List.of(time.format(line.at()), line.kind(), line.title(), text(line.detail()), text(line.by()),
            text(line.article())));
      }
    }
    return rows;
  }

  private List<List<?>> inFlightRows() {
    return dossier.inFlight().stream().map(a -> List.<Object>of(a.process(), text(a.businessKey()),
        time.format(a.startedAt()), String.join("；", a.waitingAt()))).collect(Collectors.toList());
  }

  private List<List<?>> assessmentRows() {
    return dossier.assessments().stream().map(a -> List.<Object>of(a.year() == null ? "—" : a.year(),
        a.score() == null ? "—" : a.score(), text(a.grade()), a.status(), text(a.explanation()), text(a.items())))
        .collect(Collectors.toList());
  }

  private List<List<?>> absenceRows() {
    return dossier.absences().stream().map(a -> List.<Object>of(a.year(), a.days(),
        a.dates().stream().map(Object::toString).collect(Collectors.joining("、")), ABSENCE_ARTICLE))
        .collect(Collectors.toList());
  }

  private List<List<?>> warningRows() {
    return dossier.warnings().stream().map(w -> List.<Object>of(w.ground(), text(w.reason()), w.status(),
        w.talkOn() == null ? "—" : w.talkOn().toString(), w.periodEndsAt() == null ? "—" : day.format(w.periodEndsAt()),
        text(w.evaluation()), WARNING_ARTICLE)).collect(Collectors.toList());
  }

  private List<List<?>> trainingRows() {
    return dossier.trainings().stream().map(t -> List.<Object>of(t.kindLabel(), t.title(),
        t.startsOn() + (t.endsOn().equals(t.startsOn()) ? "" : " 至 " + t.endsOn()), t.organiser(), t.outcome(),
        TRAINING_ARTICLE)).collect(Collectors.toList());
  }

  private List<List<?>> filingRows() {
    return dossier.filings().stream().map(f -> List.<Object>of(f.kind(), f.businessKey(), f.status(),
        f.filingNumber() == null ? "尚未备案" : f.filingNumber(), f.article())).collect(Collectors.toList());
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  static String chineseNumber(int n) {
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n <= 10) {
      return digits[n];
    }
    return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
  }
}
