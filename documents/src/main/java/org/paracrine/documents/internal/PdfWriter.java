package org.paracrine.documents.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.Shape;
import java.util.List;
import java.util.Map;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;
import org.w3c.dom.Element;

/**
 * Renders XHTML to PDF with openhtmltopdf (PDFBox) in PDF/A-2u mode: Liberation Sans embedded (subset), the sRGB
 * output intent from the JDK's built-in profile, XMP metadata from the document title. Conformance is what
 * openhtmltopdf's PDF/A mode produces; it is not checked here by a PDF/A validator.
 */
public final class PdfWriter {
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  /** Font metrics parsed once and shared by every render (openhtmltopdf's thread-safe default cache). */
  private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

  /** The object type of a chart placeholder in the XHTML. */
  public static final String CHART_TYPE = "application/x-paracrine-chart";

  static {
    // openhtmltopdf prints its INFO chatter (stylesheet timings, font cache hits) to the console for every
    // document; a library prints nothing. This switches openhtmltopdf's logging off for the whole JVM, as the
    // README says; the template is fixed and the tests check what is rendered.
    XRLog.setLoggingEnabled(false);
  }

  private PdfWriter() {}

  /** Draws a chart placeholder as vector graphics through PDFBox's Graphics2D bridge. */
  private static final class ChartDrawer implements FSObjectDrawer {
    private final List<Drawing> charts;

    ChartDrawer(List<Drawing> charts) {
      this.charts = charts;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
        OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
      int index = Integer.parseInt(e.getAttribute("data-chart"));
      Drawing d = charts.get(index);
      float w = (float) (width / dotsPerPixel);
      float h = (float) (height / dotsPerPixel);
      device.drawWithGraphics((float) x, (float) y, w, h, g -> {
        double scale = Math.min(w / d.width(), h / d.height());
        g.scale(scale, scale);
        d.paint(g);
      });
      return null;
    }
  }

  /**
   * Renders an XHTML document.
   *
   * @param xhtml well-formed XHTML
   * @param baseUri the base URI for relative links (none are used; data URIs only)
   * @param charts the drawings that {@code <object type="application/x-paracrine-chart" data-chart="i">}
   *     elements refer to by index; drawn as vector graphics
   * @return the PDF bytes
   */
  public static byte[] render(String xhtml, String baseUri, List<Drawing> charts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
      objects.registerDrawer(CHART_TYPE, new ChartDrawer(charts));
      b.useObjectDrawerFactory(objects);
      b.useFastMode();
      b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
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
