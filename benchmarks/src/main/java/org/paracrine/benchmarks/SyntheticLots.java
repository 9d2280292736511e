package org.paracrine.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.serialization.NdjsonWriter;
import org.paracrine.serialization.ParacrineJson;

/**
 * Realistic NDJSON lot records in any number, synthesised on the fly: the five {@link ReferenceLots} and
 * {@link Fixtures#releaseLot()} are written once with the Paracrine writer as templates, and record {@code i}
 * is template {@code i % 6} with its own lot id ({@code <reference id>-<i>}) and its own endotoxin result
 * ({@code 0.000} to {@code 0.599 [IU]/mL}, so some lots exceed a limit, some fall in a warning band and most
 * pass). Synthesising from templates costs a few hundred nanoseconds per record, so a stream of a million
 * records is neither held in memory nor written to disk and barely adds to what it measures.
 *
 * <p>Instances are immutable and thread-safe; {@link #stream(long)} returns a new, single-threaded stream.
 */
public final class SyntheticLots {
  private static final String ID_MARKER = "MARKER-LOT-ID";
  private static final String VALUE_MARKER = "987654.321";

  private final List<Template> templates;

  private SyntheticLots(List<Template> templates) {
    this.templates = templates;
  }

  /**
   * Builds the templates (writes six lots with {@link ParacrineJson#strict()}).
   *
   * @return the generator
   */
  public static SyntheticLots create() {
    List<Lot> bases = new ArrayList<>(ReferenceLots.all());
    bases.add(Fixtures.releaseLot());
    List<Template> templates = new ArrayList<>();
    for (Lot base : bases) {
      templates.add(Template.of(base));
    }
    return new SyntheticLots(List.copyOf(templates));
  }

  /**
   * Returns the number of distinct templates records cycle through.
   *
   * @return the number of templates
   */
  public int templates() {
    return templates.size();
  }

  /**
   * Returns record {@code i} as one NDJSON line, without the line break.
   *
   * @param i the record number, {@code >= 0}
   * @return UTF-8 JSON text of one lot
   */
  public byte[] line(long i) {
    Sink sink = new Sink();
    append(i, sink);
    return Arrays.copyOf(sink.buf, sink.len);
  }

  /**
   * Returns the first {@code count} records as NDJSON bytes, written through {@link NdjsonWriter} from lots read
   * back with the strict reader, so the bytes are exactly what the Paracrine writer produces.
   *
   * @param count the number of records
   * @return the NDJSON bytes, one record per line, each line ending in {@code \n}
   */
  public byte[] ndjson(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 4096);
    try (NdjsonWriter w = NdjsonWriter.of(ParacrineJson.strict(), out)) {
      for (int i = 0; i < count; i++) {
        w.write(ParacrineJson.strict().readLot(line(i)));
      }
    }
    return out.toByteArray();
  }

  /**
   * Returns a stream of {@code count} NDJSON records synthesised as they are read.
   *
   * @param count the number of records
   * @return the stream; memory use is one record
   */
  public InputStream stream(long count) {
    return new LineStream(count);
  }

  private void append(long i, Sink sink) {
    Template t = templates.get((int) (i % templates.size()));
    sink.write(t.beforeId);
    sink.write(t.idPrefix);
    sink.writeAscii(Long.toString(i));
    sink.write(t.betweenIdAndValue);
    int v = (int) ((i * 37) % 600);
    sink.writeAscii(v < 10 ? "0.00" + v : v < 100 ? "0.0" + v : "0." + v);
    sink.write(t.afterValue);
  }

  /** A written lot split around its id and its endotoxin value (the id comes first: members are sorted). */
  private static final class Template {
    final byte[] beforeId;
    final byte[] idPrefix;
    final byte[] betweenIdAndValue;
    final byte[] afterValue;

    private Template(byte[] beforeId, byte[] idPrefix, byte[] betweenIdAndValue, byte[] afterValue) {
      this.beforeId = beforeId;
      this.idPrefix = idPrefix;
      this.betweenIdAndValue = betweenIdAndValue;
      this.afterValue = afterValue;
    }

    static Template of(Lot base) {
      List<TestResult> results = new ArrayList<>();
      boolean marked = false;
      for (TestResult r : base.testResults()) {
        if (!marked && r.attribute().is(QualityAttribute.ENDOTOXIN) && r.value().isPresent()) {
          results.add(TestResult.builder().from(r)
              .value(Quantity.of(VALUE_MARKER, r.value().get().unit())).build());
          marked = true;
        } else {
          results.add(r);
        }
      }
      if (!marked) {
        throw new IllegalStateException("reference lot " + base.id() + " has no numeric endotoxin result");
      }
      Lot marker = Lot.builder().from(base).id(ID_MARKER).testResults(results).build();
      String json = ParacrineJson.strict().write(marker);
      String idToken = "\"id\":\"" + ID_MARKER + "\"";
      int id = json.indexOf(idToken);
      int value = json.indexOf(VALUE_MARKER);
      if (id < 0 || value < id || json.indexOf(idToken, id + 1) >= 0 || json.indexOf(VALUE_MARKER, value + 1) >= 0) {
        throw new IllegalStateException("cannot template lot " + base.id() + ": " + json);
      }
      int idValue = id + "\"id\":\"".length();
      return new Template(
          bytes(json.substring(0, idValue)),
          bytes(base.id() + "-"),
          bytes(json.substring(idValue + ID_MARKER.length(), value)),
          bytes(json.substring(value + VALUE_MARKER.length())));
    }

    private static byte[] bytes(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Growable byte buffer reused across records. */
  private static final class Sink {
    byte[] buf = new byte[8192];
    int len;

    void write(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    void writeAscii(String s) {
      ensure(s.length());
      for (int k = 0; k < s.length(); k++) {
        buf[len++] = (byte) s.charAt(k);
      }
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }
  }

  /** Synthesises one line at a time into a reused buffer. */
  private final class LineStream extends InputStream {
    private final long count;
    private final Sink sink = new Sink();
    private long next;
    private int pos;

    LineStream(long count) {
      this.count = count;
    }

    private boolean fill() {
      if (pos < sink.len) {
        return true;
      }
      if (next >= count) {
        return false;
      }
      sink.len = 0;
      pos = 0;
      append(next++, sink);
      sink.writeAscii("\n");
      return true;
    }

    @Override
    public int read() {
      return fill() ? sink.buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int total = 0;
      while (total < len && fill()) {
        int n = Math.min(len - total, sink.len - pos);
        System.arraycopy(sink.buf, pos, b, off + total, n);
        pos += n;
        total += n;
      }
      return total == 0 ? -1 : total;
    }
  }
}
