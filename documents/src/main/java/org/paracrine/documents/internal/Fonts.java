package org.paracrine.documents.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded fonts: Liberation Sans regular and bold (SIL Open Font License 1.1, from the
 * {@code com.github.librepdf:openpdf-fonts-extra} artifact), used for every PDF (embedded, as PDF/A requires) and
 * for drawing charts, so a document looks the same on every machine whatever fonts it has installed.
 */
public final class Fonts {
  /** The CSS font family name. */
  public static final String FAMILY = "'Liberation Sans'";
  /** The font name as registered with the PDF renderer. */
  public static final String NAME = "Liberation Sans";

  private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

  private static final class Holder {
    static final byte[] REGULAR_BYTES = read(REGULAR);
    static final byte[] BOLD_BYTES = read(BOLD);
    static final Font REGULAR_FONT = create(REGULAR_BYTES, REGULAR);
    static final Font BOLD_FONT = create(BOLD_BYTES, BOLD);
  }

  private Fonts() {}

  /**
   * Returns the TrueType bytes of the regular or bold face.
   *
   * @param bold whether bold
   * @return the font file bytes (shared: do not modify)
   */
  public static byte[] ttf(boolean bold) {
    return bold ? Holder.BOLD_BYTES : Holder.REGULAR_BYTES;
  }

  /**
   * Returns the AWT font of the regular or bold face, at size 1.
   *
   * @param bold whether bold
   * @return the font
   */
  public static Font awt(boolean bold) {
    return bold ? Holder.BOLD_FONT : Holder.REGULAR_FONT;
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the class path (expected in "
            + "com.github.librepdf:openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }

  private static Font create(byte[] bytes, String resource) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("font " + resource + " is not a usable TrueType font: " + e.getMessage(), e);
    }
  }
}
