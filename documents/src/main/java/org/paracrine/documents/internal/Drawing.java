package org.paracrine.documents.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A vector drawing made of a few primitives (rectangles, lines, circles, text) grouped with classes and data
 * attributes, written as SVG (through the JDK's StAX writer, so every text and attribute is escaped) or painted
 * with Java2D into a PNG. One drawing feeds both formats, so the SVG and the PNG of a chart always agree.
 *
 * <p>Not thread-safe while being built; immutable in use once handed out (callers stop adding).
 */
public final class Drawing {
  /** Horizontal text alignment. */
  public enum Anchor {
    /** Text starts at x. */
    START,
    /** Text is centred on x. */
    MIDDLE,
    /** Text ends at x. */
    END
  }

  /** A drawing primitive. */
  sealed interface Item permits Rect, Line, Circle, Text, Group {}

  record Rect(double x, double y, double w, double h, Color fill, Color stroke) implements Item {}

  record Line(double x1, double y1, double x2, double y2, Color stroke, float width, boolean dashed)
      implements Item {}

  record Circle(double cx, double cy, double r, Color fill, Color stroke, float width) implements Item {}

  record Text(double x, double y, String text, double size, Anchor anchor, Color fill, boolean bold,
      double rotate) implements Item {}

  record Group(Map<String, String> attributes, List<Item> items) implements Item {}

  private final double width;
  private final double height;
  private final String title;
  private final List<Item> items = new ArrayList<>();
  private final List<List<Item>> open = new ArrayList<>();

  /**
   * Creates an empty drawing.
   *
   * @param width width in CSS pixels
   * @param height height in CSS pixels
   * @param title the accessible title (SVG {@code <title>})
   */
  public Drawing(double width, double height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  /**
   * Returns the width.
   *
   * @return width in CSS pixels
   */
  public double width() {
    return width;
  }

  /**
   * Returns the height.
   *
   * @return height in CSS pixels
   */
  public double height() {
    return height;
  }

  private List<Item> target() {
    return open.isEmpty() ? items : open.get(open.size() - 1);
  }

  /**
   * Opens a group; items added until {@link #end()} belong to it.
   *
   * @param attributes attributes of the SVG {@code <g>} element (e.g. class, data-lot), in order
   * @return this drawing
   */
  public Drawing begin(Map<String, String> attributes) {
    List<Item> children = new ArrayList<>();
    target().add(new Group(new LinkedHashMap<>(attributes), children));
    open.add(children);
    return this;
  }

  /**
   * Closes the innermost open group.
   *
   * @return this drawing
   */
  public Drawing end() {
    open.remove(open.size() - 1);
    return this;
  }

  /**
   * Adds a rectangle.
   *
   * @param x left
   * @param y top
   * @param w width
   * @param h height
   * @param fill fill colour, or null
   * @param stroke outline colour, or null
   * @return this drawing
   */
  public Drawing rect(double x, double y, double w, double h, Color fill, Color stroke) {
    target().add(new Rect(x, y, w, h, fill, stroke));
    return this;
  }

  /**
   * Adds a line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param stroke colour
   * @param width stroke width
   * @param dashed whether dashed
   * @return this drawing
   */
  public Drawing line(double x1, double y1, double x2, double y2, Color stroke, float width, boolean dashed) {
    target().add(new Line(x1, y1, x2, y2, stroke, width, dashed));
    return this;
  }

  /**
   * Adds a circle.
   *
   * @param cx centre x
   * @param cy centre y
   * @param r radius
   * @param fill fill colour, or null
   * @param stroke outline colour, or null
   * @param width outline width
   * @return this drawing
   */
  public Drawing circle(double cx, double cy, double r, Color fill, Color stroke, float width) {
    target().add(new Circle(cx, cy, r, fill, stroke, width));
    return this;
  }

  /**
   * Adds text.
   *
   * @param x anchor x
   * @param y baseline y
   * @param text the text
   * @param size font size in pixels
   * @param anchor horizontal alignment
   * @param fill colour
   * @param bold whether bold
   * @param rotate rotation in degrees about (x, y), clockwise
   * @return this drawing
   */
  public Drawing text(double x, double y, String text, double size, Anchor anchor, Color fill, boolean bold,
      double rotate) {
    target().add(new Text(x, y, text, size, anchor, fill, bold, rotate));
    return this;
  }

  // ------------------------------------------------------------------------------------------------------ SVG

  /**
   * Writes the drawing as a standalone SVG 1.1 document (UTF-8).
   *
   * @return the SVG bytes
   */
  public byte[] svg() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("svg");
      w.writeDefaultNamespace("http://www.w3.org/2000/svg");
      w.writeAttribute("version", "1.1");
      w.writeAttribute("width", num(width));
      w.writeAttribute("height", num(height));
      w.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
      w.writeAttribute("font-family", Fonts.FAMILY + ", Arial, Helvetica, sans-serif");
      w.writeStartElement("title");
      w.writeCharacters(title);
      w.writeEndElement();
      for (Item i : items) {
        write(w, i);
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the SVG of chart '" + title + "': " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void write(XMLStreamWriter w, Item item) throws XMLStreamException {
    if (item instanceof Group g) {
      w.writeStartElement("g");
      for (Map.Entry<String, String> a : g.attributes().entrySet()) {
        w.writeAttribute(a.getKey(), a.getValue());
      }
      for (Item c : g.items()) {
        write(w, c);
      }
      w.writeEndElement();
    } else if (item instanceof Rect r) {
      w.writeEmptyElement("rect");
      w.writeAttribute("x", num(r.x()));
      w.writeAttribute("y", num(r.y()));
      w.writeAttribute("width", num(r.w()));
      w.writeAttribute("height", num(r.h()));
      w.writeAttribute("fill", colour(r.fill()));
      if (r.stroke() != null) {
        w.writeAttribute("stroke", colour(r.stroke()));
      }
    } else if (item instanceof Line l) {
      w.writeEmptyElement("line");
      w.writeAttribute("x1", num(l.x1()));
      w.writeAttribute("y1", num(l.y1()));
      w.writeAttribute("x2", num(l.x2()));
      w.writeAttribute("y2", num(l.y2()));
      w.writeAttribute("stroke", colour(l.stroke()));
      w.writeAttribute("stroke-width", num(l.width()));
      if (l.dashed()) {
        w.writeAttribute("stroke-dasharray", "4 3");
      }
    } else if (item instanceof Circle c) {
      w.writeEmptyElement("circle");
      w.writeAttribute("cx", num(c.cx()));
      w.writeAttribute("cy", num(c.cy()));
      w.writeAttribute("r", num(c.r()));
      w.writeAttribute("fill", colour(c.fill()));
      if (c.stroke() != null) {
        w.writeAttribute("stroke", colour(c.stroke()));
        w.writeAttribute("stroke-width", num(c.width()));
      }
    } else if (item instanceof Text t) {
      w.writeStartElement("text");
      w.writeAttribute("x", num(t.x()));
      w.writeAttribute("y", num(t.y()));
      w.writeAttribute("font-size", num(t.size()));
      w.writeAttribute("fill", colour(t.fill()));
      if (t.anchor() != Anchor.START) {
        w.writeAttribute("text-anchor", t.anchor() == Anchor.MIDDLE ? "middle" : "end");
      }
      if (t.bold()) {
        w.writeAttribute("font-weight", "bold");
      }
      if (t.rotate() != 0) {
        w.writeAttribute("transform", "rotate(" + num(t.rotate()) + " " + num(t.x()) + " " + num(t.y()) + ")");
      }
      w.writeCharacters(t.text());
      w.writeEndElement();
    }
  }

  private static String colour(Color c) {
    if (c == null) {
      return "none";
    }
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  // ------------------------------------------------------------------------------------------------------ PNG

  /**
   * Paints the drawing into a PNG image with a white background.
   *
   * @param scale pixels per CSS pixel (2 gives a sharp image on paper)
   * @return the PNG bytes
   */
  public byte[] png(double scale) {
    int w = (int) Math.ceil(width * scale);
    int h = (int) Math.ceil(height * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      paint(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the PNG of chart '" + title + "'", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Paints the drawing onto any Java2D surface (an image, or a PDF page through PDFBox's Graphics2D bridge), in
   * CSS-pixel coordinates: scale the graphics first to fit.
   *
   * @param g the graphics
   */
  public void paint(Graphics2D g) {
    for (Item i : items) {
      paint(g, i);
    }
  }

  private static void paint(Graphics2D g, Item item) {
    if (item instanceof Group gr) {
      for (Item c : gr.items()) {
        paint(g, c);
      }
    } else if (item instanceof Rect r) {
      Rectangle2D shape = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
      if (r.fill() != null) {
        g.setColor(r.fill());
        g.fill(shape);
      }
      if (r.stroke() != null) {
        g.setColor(r.stroke());
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
      }
    } else if (item instanceof Line l) {
      g.setColor(l.stroke());
      g.setStroke(l.dashed() ? new BasicStroke(l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 3f}, 0f) : new BasicStroke(l.width()));
      g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    } else if (item instanceof Circle c) {
      Ellipse2D shape = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
      if (c.fill() != null) {
        g.setColor(c.fill());
        g.fill(shape);
      }
      if (c.stroke() != null) {
        g.setColor(c.stroke());
        g.setStroke(new BasicStroke(c.width()));
        g.draw(shape);
      }
    } else if (item instanceof Text t) {
      Font font = Fonts.awt(t.bold()).deriveFont((float) t.size());
      g.setFont(font);
      g.setColor(t.fill());
      FontMetrics m = g.getFontMetrics(font);
      double dx = t.anchor() == Anchor.START ? 0
          : t.anchor() == Anchor.MIDDLE ? -m.stringWidth(t.text()) / 2.0 : -m.stringWidth(t.text());
      AffineTransform saved = g.getTransform();
      if (t.rotate() != 0) {
        g.rotate(Math.toRadians(t.rotate()), t.x(), t.y());
      }
      g.drawString(t.text(), (float) (t.x() + dx), (float) t.y());
      g.setTransform(saved);
    }
  }

  /**
   * Stacks drawings vertically into one (same width as the widest).
   *
   * @param parts the drawings, top to bottom
   * @param title the title of the result
   * @return the stacked drawing
   */
  public static Drawing stack(List<Drawing> parts, String title) {
    double w = parts.stream().mapToDouble(Drawing::width).max().orElse(0);
    double h = parts.stream().mapToDouble(Drawing::height).sum();
    Drawing out = new Drawing(w, h, title);
    double y = 0;
    for (Drawing p : parts) {
      for (Item i : p.items) {
        out.items.add(shift(i, y));
      }
      y += p.height;
    }
    return out;
  }

  private static Item shift(Item item, double dy) {
    if (item instanceof Group g) {
      List<Item> moved = new ArrayList<>();
      g.items().forEach(i -> moved.add(shift(i, dy)));
      return new Group(g.attributes(), moved);
    } else if (item instanceof Rect r) {
      return new Rect(r.x(), r.y() + dy, r.w(), r.h(), r.fill(), r.stroke());
    } else if (item instanceof Line l) {
      return new Line(l.x1(), l.y1() + dy, l.x2(), l.y2() + dy, l.stroke(), l.width(), l.dashed());
    } else if (item instanceof Circle c) {
      return new Circle(c.cx(), c.cy() + dy, c.r(), c.fill(), c.stroke(), c.width());
    }
    Text t = (Text) item;
    return new Text(t.x(), t.y() + dy, t.text(), t.size(), t.anchor(), t.fill(), t.bold(), t.rotate());
  }

  /**
   * Returns the SVG as text (for embedding).
   *
   * @return the SVG document text
   */
  public String svgText() {
    return new String(svg(), StandardCharsets.UTF_8);
  }
}
