package org.partyaffairs.workforce.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a PDF's first page to PNG the way a reader without Chinese fonts would see it (PDFBox draws
 * only the embedded glyphs). Always into {@code target/screenshots/}; with {@code
 * -Dscreenshots=docs/screenshots} also there, which is how the pictures in the docs are refreshed.
 */
public final class Screenshots {

  private Screenshots() {}

  public static BufferedImage firstPage(byte[] pdf, String name) throws IOException {
    BufferedImage image;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      image = new PDFRenderer(document).renderImageWithDPI(0, 96, ImageType.RGB);
    }
    write(image, Path.of("target/screenshots"), name);
    String docs = System.getProperty("screenshots");
    if (docs != null && !docs.isBlank()) {
      write(image, Path.of(docs), name);
    }
    return image;
  }

  private static void write(BufferedImage image, Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
  }
}
