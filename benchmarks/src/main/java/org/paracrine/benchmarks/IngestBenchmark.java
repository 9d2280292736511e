package org.paracrine.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.NdjsonReader;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures 2 and 3 of the benchmark issue: the same {@value #RECORDS} NDJSON lot records (from
 * {@link SyntheticLots}, about 2–6 KB each) taken from bytes to an answer four ways, all reported per record:
 *
 * <ul>
 *   <li>{@link #paracrineIngest()}: {@link NdjsonReader} with the strict reader (parse with limits, format checks,
 *       binding through the core builders and their invariants), then {@link ReleaseChecker#check} (structural
 *       validation, every built-in profile, the 25-criterion specification, reporting checklist);
 *   <li>{@link #paracrineRead()}: the reading half of that alone, to show where the time goes;
 *   <li>{@link #jacksonReadTree()}: the baseline, a default Jackson {@code JsonMapper.readTree} of each line;
 *   <li>{@link #jsonSchemaValidate()}: {@code readTree} plus networknt json-schema-validator against the lot
 *       schema shipped in {@code paracrine-serialization} (draft 2020-12).
 * </ul>
 *
 * <p>The Jackson and schema baselines get the line boundaries for free (precomputed); the Paracrine reader finds
 * them itself, as it would in production. Everything runs on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(IngestBenchmark.RECORDS)
public class IngestBenchmark {
  /** Records per benchmark invocation; every figure is per record. */
  public static final int RECORDS = 1000;

  private byte[] ndjson;
  private int[] starts;
  private int[] ends;
  private Map<String, SecretomeProduct> products;
  private ReleaseChecker checker;
  private NdjsonReader reader;
  private JsonMapper jackson;
  private Schema lotSchema;

  /** Synthesises the records and builds every reader and validator once per fork. */
  @Setup
  public void setup() {
    ndjson = SyntheticLots.create().ndjson(RECORDS);
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < ndjson.length; i++) {
      if (ndjson[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    starts = lines.stream().mapToInt(l -> l[0]).toArray();
    ends = lines.stream().mapToInt(l -> l[1]).toArray();
    products = Fixtures.productsById();
    checker = Fixtures.checker();
    reader = NdjsonReader.of(ParacrineJson.strict());
    jackson = JsonMapper.builder().build();
    lotSchema = loadSchema(DocumentKind.LOT);
  }

  /**
   * Loads a schema shipped in the serialization jar with networknt (draft 2020-12), as the serialization tests do.
   *
   * @param kind the document kind
   * @return the compiled schema, thread-safe
   */
  static Schema loadSchema(DocumentKind kind) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = ParacrineJson.class.getResourceAsStream(kind.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("schema not on the class path: " + kind.schemaResource());
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the NDJSON bytes the benchmarks read.
   *
   * @return the bytes (not a copy)
   */
  byte[] ndjson() {
    return ndjson;
  }

  /**
   * Bytes to release reports: strict read, structural validation and evaluation of every record.
   *
   * @return the counts
   */
  @Benchmark
  public Tally paracrineIngest() {
    Tally tally = new Tally();
    reader.read(new ByteArrayInputStream(ndjson), Lot.class,
        lot -> tally.add(checker.check(products.get(lot.productId()), lot)), e -> tally.addRejectedLine());
    return tally;
  }

  /**
   * Bytes to lots only: strict read (parse, format checks, binding), no release check.
   *
   * @return the counts
   */
  @Benchmark
  public Tally paracrineRead() {
    Tally tally = new Tally();
    reader.read(new ByteArrayInputStream(ndjson), Lot.class, lot -> tally.addRecord(), e -> tally.addRejectedLine());
    return tally;
  }

  /**
   * The baseline: a default Jackson mapper's {@code readTree} of each line.
   *
   * @return the counts (members of each root object, so the trees are used)
   */
  @Benchmark
  public Tally jacksonReadTree() {
    Tally tally = new Tally();
    for (int i = 0; i < starts.length; i++) {
      JsonNode node = jackson.readTree(ndjson, starts[i], ends[i] - starts[i]);
      if (node.size() > 0) {
        tally.addRecord();
      }
    }
    return tally;
  }

  /**
   * JSON Schema validation of each line: {@code readTree} plus networknt validation against the shipped lot schema.
   *
   * @return the counts (records, and schema errors as rejected lines)
   */
  @Benchmark
  public Tally jsonSchemaValidate() {
    Tally tally = new Tally();
    for (int i = 0; i < starts.length; i++) {
      JsonNode node = jackson.readTree(ndjson, starts[i], ends[i] - starts[i]);
      tally.addRecord();
      int errors = lotSchema.validate(node).size();
      for (int e = 0; e < errors; e++) {
        tally.addRejectedLine();
      }
    }
    return tally;
  }
}
