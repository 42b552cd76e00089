package org.partyaffairs.workforce.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable Chinese document on A4: a title, the issuing office, an optional number (a filing
 * number once filed), the facts it is about, then sections of tables, paragraphs and bar charts,
 * and a signature block. It is written as XHTML with one stylesheet and printed by {@link Pdf}; every
 * text is escaped here, so a capability passes plain strings and never markup.
 *
 * <pre>{@code
 * byte[] pdf = new PrintedDocument("辞职备案表", "昆山开发区组织部门")
 *     .number("备案编号", "KFQ-2026-001")
 *     .fact("姓名", "李明")
 *     .section("辞职经过")
 *     .table(List.of("日期", "事项", "依据"), rows)
 *     .signatures("经办人", "审核人")
 *     .toPdf();
 * }</pre>
 */
public final class PrintedDocument {

  private final String title;
  private final String issuer;
  private final List<String[]> numbers = new ArrayList<>();
  private final List<String[]> facts = new ArrayList<>();
  private final StringBuilder body = new StringBuilder();
  private String footnote;

  public PrintedDocument(String title, String issuer) {
    this.title = require(title, "title");
    this.issuer = require(issuer, "issuer");
  }

  /** A number under the title, e.g. 备案编号; left out while there is none. */
  public PrintedDocument number(String label, String value) {
    if (value != null && !value.isBlank()) {
      numbers.add(new String[] {label, value});
    }
    return this;
  }

  /** One line of the facts block under the header (label: value); a missing value prints as —. */
  public PrintedDocument fact(String label, Object value) {
    facts.add(new String[] {label, text(value)});
    return this;
  }

  /** A section heading; sections may start a new page only where they must. */
  public PrintedDocument section(String heading) {
    body.append("<h2>").append(escape(heading)).append("</h2>\n");
    return this;
  }

  public PrintedDocument paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A table whose header repeats on every page it spans; an empty one says so in one line. */
  public PrintedDocument table(List<String> headers, List<List<?>> rows) {
    if (rows.isEmpty()) {
      body.append("<p class=\"empty\">（无）</p>\n");
      return this;
    }
    body.append("<table><thead><tr>");
    headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (List<?> row : rows) {
      body.append("<tr>");
      row.forEach(cell -> body.append("<td>").append(escape(text(cell))).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  /**
   * A horizontal bar chart drawn with CSS (no image, so it prints sharp and needs nothing else): one
   * bar per label, its length in proportion to the largest value, the value written beside it.
   */
  public PrintedDocument barChart(String caption, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    body.append("<table class=\"chart\"><caption>").append(escape(caption)).append("</caption><tbody>\n");
    for (Bar bar : bars) {
      long percent = max <= 0 ? 0 : Math.round(bar.value() / max * 100);
      body.append("<tr><td class=\"label\">").append(escape(bar.label())).append("</td>")
          .append("<td class=\"bar\"><div style=\"width:").append(Math.max(percent, 0)).append("%\"></div></td>")
          .append("<td class=\"value\">").append(escape(Bar.format(bar.value()))).append("</td></tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  /** The lines people sign on paper: one box per role, with a date. */
  public PrintedDocument signatures(String... roles) {
    body.append("<table class=\"signatures\"><tr>");
    for (String role : roles) {
      body.append("<td>").append(escape(role)).append("（签字）：<br/><br/>日期：　　年　　月　　日</td>");
    }
    body.append("</tr></table>\n");
    return this;
  }

  /** A small line at the end, e.g. when and from what the document was generated. */
  public PrintedDocument footnote(String text) {
    this.footnote = text;
    return this;
  }

  public byte[] toPdf() {
    return Pdf.fromXhtml(toXhtml());
  }

  /** The XHTML the PDF is printed from (well-formed; also what a test can read). */
  public String toXhtml() {
    StringBuilder html = new StringBuilder(body.length() + 4096);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>").append(escape(title)).append("</title>")
        .append("<style>").append(css()).append("</style></head><body>\n")
        .append("<div class=\"issuer\">").append(escape(issuer)).append("</div>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
    if (!numbers.isEmpty()) {
      html.append("<div class=\"numbers\">");
      numbers.forEach(n -> html.append("<span>").append(escape(n[0])).append("：").append(escape(n[1])).append("</span>"));
      html.append("</div>\n");
    }
    if (!facts.isEmpty()) {
      html.append("<table class=\"facts\"><tbody>");
      for (int i = 0; i < facts.size(); i += 2) {
        html.append("<tr>");
        for (int j = i; j < i + 2; j++) {
          if (j < facts.size()) {
            html.append("<th>").append(escape(facts.get(j)[0])).append("</th><td>")
                .append(escape(facts.get(j)[1])).append("</td>");
          } else {
            html.append("<th></th><td></td>");
          }
        }
        html.append("</tr>");
      }
      html.append("</tbody></table>\n");
    }
    html.append(body);
    if (footnote != null) {
      html.append("<p class=\"footnote\">").append(escape(footnote)).append("</p>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private String css() {
    return "@page { size: A4; margin: 20mm 16mm 18mm 16mm;"
        + " @top-right { content: '" + cssString(title) + "'; font-family: '" + Pdf.FONT_FAMILY + "'; font-size: 8pt; color: #666; }"
        + " @bottom-center { content: '第 ' counter(page) ' 页，共 ' counter(pages) ' 页'; font-family: '"
        + Pdf.FONT_FAMILY + "'; font-size: 8pt; color: #666; } }"
        + " body { font-family: '" + Pdf.FONT_FAMILY + "'; font-size: 10pt; line-height: 1.45; color: #111; }"
        + " .issuer { text-align: center; font-size: 11pt; }"
        + " h1 { text-align: center; font-size: 18pt; font-weight: 700; margin: 4mm 0 3mm 0; letter-spacing: 2pt; }"
        + " h2 { font-size: 12pt; font-weight: 700; border-bottom: 1px solid #333; margin: 6mm 0 2mm 0;"
        + " page-break-after: avoid; }"
        + " .numbers { text-align: right; font-size: 9pt; margin-bottom: 2mm; }"
        + " .numbers span { margin-left: 6mm; }"
        + " table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 1mm 0 2mm 0; }"
        + " th, td { border: 1px solid #555; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left;"
        + " word-wrap: break-word; }"
        + " th { background: #eee; font-weight: 700; }"
        + " tr { page-break-inside: avoid; }"
        + " table.facts th { width: 16%; } table.facts td { width: 34%; }"
        + " table.chart td { border: none; padding: 0.6mm 1mm; } table.chart caption { text-align: left;"
        + " font-weight: 700; padding-bottom: 1mm; }"
        + " table.chart td.label { width: 22%; text-align: right; } table.chart td.value { width: 12%; }"
        + " table.chart td.bar div { height: 4mm; background: #b22222; }"
        + " table.signatures { margin-top: 10mm; } table.signatures td { border: none; width: 33%; height: 18mm; }"
        + " .empty { color: #666; } .footnote { margin-top: 6mm; font-size: 8pt; color: #666; }";
  }

  /** Plain text for XHTML: markup escaped, characters XML cannot hold dropped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (cp == '\n' || cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  private static String cssString(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'").replaceAll("[\\r\\n]", " ");
  }

  private static String text(Object value) {
    if (value == null) {
      return "—";
    }
    String s = value.toString();
    return s.isBlank() ? "—" : s;
  }

  private static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  /** One bar of {@link #barChart}. */
  public record Bar(String label, double value) {
    static String format(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
  }
}
