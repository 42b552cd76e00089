package org.partyaffairs.workforce.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * One horizontal bar per measure with a target, as the share of the target it attains (100% and
 * more is met, whether the target is a floor or a ceiling), so that throughput, latency, time and
 * memory read on one axis. Drawn with Java2D: no chart library for one picture.
 */
final class AttainmentChart {

  private static final int LABEL_WIDTH = 560;
  private static final int BAR_AREA = 520;
  private static final int ROW = 26;
  private static final double AXIS_MAX = 3.0;
  private static final Color MET = new Color(0x3C8D40);
  private static final Color MISSED = new Color(0xC0392B);

  private AttainmentChart() {
  }

  static void write(List<Results.Row> rows, Path file) throws IOException {
    int width = LABEL_WIDTH + BAR_AREA + 90;
    int height = 70 + ROW * Math.max(1, rows.size()) + 30;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString("Share of target attained (100% = target met; capped at 300%)", 12, 24);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      int top = 50;
      for (int i = 0; i < rows.size(); i++) {
        Results.Row row = rows.get(i);
        double attained = row.target().attainment(row.value());
        int y = top + i * ROW;
        g.setColor(Color.DARK_GRAY);
        g.drawString(row.database() + " · " + row.scenario() + " · " + row.measure(), 12, y + 16);
        int length = (int) Math.round(BAR_AREA * Math.min(attained, AXIS_MAX) / AXIS_MAX);
        g.setColor(row.target().met(row.value()) ? MET : MISSED);
        g.fillRect(LABEL_WIDTH, y + 4, Math.max(1, length), ROW - 8);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "%.0f%%", 100 * attained), LABEL_WIDTH + Math.max(1, length) + 6, y + 16);
      }
      int full = LABEL_WIDTH + (int) Math.round(BAR_AREA / AXIS_MAX);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
      g.drawLine(full, top - 6, full, top + rows.size() * ROW);
      g.drawString("100%", full - 14, top + rows.size() * ROW + 18);
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }
}
