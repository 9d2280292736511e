package org.paracrine.documents.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders XHTML to PDF with openhtmltopdf (PDFBox) in PDF/A-2u mode: Liberation Sans embedded (subset), the sRGB
 * output intent from the JDK's built-in profile, XMP metadata from the document title. Conformance is what
 * openhtmltopdf's PDF/A mode produces; it is not checked here by a PDF/A validator.
 */
public final class PdfWriter {
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf logs every CSS warning through java.util.logging; a library prints nothing.
    XRLog.setLoggingEnabled(false);
  }

  private PdfWriter() {}

  /**
   * Renders an XHTML document.
   *
   * @param xhtml well-formed XHTML
   * @param baseUri the base URI for relative links (none are used; data URIs only)
   * @return the PDF bytes
   */
  public static byte[] render(String xhtml, String baseUri) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      b.useColorProfile(SRGB);
      b.useFont(() -> new ByteArrayInputStream(Fonts.ttf(false)), Fonts.NAME, 400,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(() -> new ByteArrayInputStream(Fonts.ttf(true)), Fonts.NAME, 700,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      b.withHtmlContent(xhtml, baseUri);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the certificate PDF", e);
    }
    return out.toByteArray();
  }
}
