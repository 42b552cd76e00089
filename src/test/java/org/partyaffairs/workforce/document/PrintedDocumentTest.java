package org.partyaffairs.workforce.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A generated document read back as a reader would: the Chinese text comes out of the PDF as text,
 * every font in it is embedded (a subset of Noto Sans SC), the page is A4, and page 1 drawn without
 * any font of the machine shows ink where the Chinese is.
 */
class PrintedDocumentTest {

  static PrintedDocument resignationSheet() {
    return new PrintedDocument("辞职备案表", "昆山开发区组织部门")
        .number("备案编号", "KFQ-2026-007")
        .fact("姓名", "𠮷丽华")
        .fact("所在区镇", "昆山开发区")
        .fact("岗位", "党建专干（青阳街道）")
        .fact("状态", "已离职")
        .section("辞职经过")
        .table(List.of("日期", "事项", "办理人", "依据"), List.of(
            List.of("2026-03-02", "提出辞职申请 <附书面申请>", "𠮷丽华", "000 第十六条"),
            List.of("2026-03-05", "区镇同意辞职", "孙丽", "000 第十六条"),
            List.of("2026-03-09", "报市委“两新”工委办公室备案", "吴敏", "000 第十六条")))
        .section("年度考核结果")
        .barChart("等次分布", List.of(new PrintedDocument.Bar("优秀", 3), new PrintedDocument.Bar("称职", 11),
            new PrintedDocument.Bar("基本称职", 2), new PrintedDocument.Bar("不称职", 0)))
        .section("备注")
        .table(List.of("事项"), List.of())
        .signatures("经办人", "审核人", "单位盖章")
        .footnote("本表由系统生成。");
  }

  @Test
  void theChineseTextComesBackOutOfThePdfWithItsArticle() throws Exception {
    byte[] pdf = resignationSheet().toPdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("辞职备案表", "昆山开发区组织部门", "备案编号：KFQ-2026-007", "𠮷丽华",
          "提出辞职申请 <附书面申请>", "000 第十六条", "报市委“两新”工委办公室备案", "（无）", "第 1 页，共 1 页");
      assertThat(text).doesNotContain("&lt;", "&amp;");
    }
  }

  @Test
  void everyFontIsEmbeddedAsASubsetAndThePageIsA4() throws Exception {
    byte[] pdf = resignationSheet().toPdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        // A subset carries a six-letter tag before its name (PDF 32000 §9.6.4).
        assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansCJKsc.*");
      });
      assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("Bold"));
    }
    // The whole subset font is ~2 MB a weight; one page embeds only the glyphs it uses.
    assertThat(pdf.length).isLessThan(200_000);
  }

  @Test
  void pageOneDrawnWithoutTheMachinesFontsShowsTheChinese() throws Exception {
    byte[] pdf = resignationSheet().toPdf();

    BufferedImage image = Screenshots.firstPage(pdf, "document-sample");

    // The bold title 辞职备案表 stands centred at the top: its band holds the ink of five strokes-rich
    // characters (five empty boxes would draw about half as much), the margin beside it none.
    assertThat(image.getWidth()).isBetween(790, 796); // A4 at 96 dpi
    assertThat(darkPixels(image, 300, 115, 200, 45)).isGreaterThan(1000);
    assertThat(darkPixels(image, 0, 115, 300, 45)).isZero();
  }

  @Test
  void markupInTheTextIsPrintedAsTextNeverInterpreted() {
    String xhtml = new PrintedDocument("表<b>", "单位&").paragraph("</p><script>x</script>\u0001").toXhtml();

    assertThat(xhtml).contains("表&lt;b&gt;", "单位&amp;", "&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;")
        .doesNotContain("<script>", "\u0001");
  }

  private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
    int dark = 0;
    for (int x = x0; x < x0 + width; x++) {
      for (int y = y0; y < y0 + height; y++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (luminance < 100) {
          dark++;
        }
      }
    }
    return dark;
  }
}
