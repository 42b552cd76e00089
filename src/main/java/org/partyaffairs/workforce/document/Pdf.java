package org.partyaffairs.workforce.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with the embedded Chinese font. The font is the classpath's own subset of Noto Sans
 * SC (SIL OFL 1.1), registered under one family name for both weights; openhtmltopdf embeds only the
 * glyphs a document uses (a font subset in the PDF), so the file reads the same on a machine without
 * any Chinese font. Nothing is fetched: an {@code <img>} or stylesheet by URL is not resolved.
 */
public final class Pdf {

  /** The family name documents use in their CSS. */
  public static final String FONT_FAMILY = "Noto Sans SC";
  public static final String MEDIA_TYPE = "application/pdf";

  static final String REGULAR = "/fonts/NotoSansSC-Regular-subset.ttf";
  static final String BOLD = "/fonts/NotoSansSC-Bold-subset.ttf";

  private Pdf() {}

  /** Renders a well-formed XHTML document (its CSS sets the page: see {@link PrintedDocument}). */
  public static byte[] fromXhtml(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      // No resource leaves the document: external URLs resolve to nothing.
      builder.useUriResolver((base, uri) -> null);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF 生成失败", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String resource) {
    InputStream in = Pdf.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("字体缺失：" + resource);
    }
    return in;
  }
}
