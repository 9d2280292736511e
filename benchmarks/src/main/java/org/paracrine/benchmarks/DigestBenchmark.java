package org.paracrine.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.ReadLimits;
import org.paracrine.serialization.internal.Canonicalizer;
import org.paracrine.serialization.internal.RecordCodec;

/**
 * The SHA-256 of one record's canonical form, the provenance digest the release engine computes for every fresh
 * product, lot and specification instance it checks, two ways: {@link #streaming()} is
 * {@code ParacrineJson.sha256} (the canonical bytes written straight from the record's values, without the mapper,
 * into the digest; the method keeps its name from when the mapper streamed them) and {@link #tree()} is the former path (record to Jackson tree, tree to canonical {@code String},
 * {@code String} to UTF-8 bytes, bytes to the digest), kept in the serialization tests as the reference. The
 * records are the benchmark fixtures: the 22-result {@link Fixtures#releaseLot() lot}, its
 * {@link Fixtures#product() product} and the 25-criterion {@link Fixtures#specification() specification}
 * ({@code benchmarks/run.sh} measures the lot and the product; {@code -p record=specification} adds the third). Run
 * with {@code -prof gc} for bytes allocated per digest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DigestBenchmark {
  /** Which fixture record is digested: {@code lot}, {@code product} or {@code specification}. */
  @Param({"lot", "product"})
  public String record;

  private Object document;
  private ParacrineJson json;
  private RecordCodec codec;

  /** Picks the record and checks once that both ways give the same digest. */
  @Setup
  public void setup() {
    switch (record) {
      case "lot":
        document = Fixtures.releaseLot();
        break;
      case "product":
        document = Fixtures.product();
        break;
      case "specification":
        document = Fixtures.specification();
        break;
      default:
        throw new IllegalArgumentException("unknown record \"" + record + "\", expected lot, product or specification");
    }
    json = ParacrineJson.strict();
    codec = new RecordCodec(false, ReadLimits.DEFAULTS);
    if (!streaming().equals(tree())) {
      throw new IllegalStateException("the two digests of the " + record + " differ");
    }
  }

  /**
   * The digest as the library computes it.
   *
   * @return 64 hexadecimal digits
   */
  @Benchmark
  public String streaming() {
    return json.sha256(document);
  }

  /**
   * The digest through a Jackson tree and a canonical {@code String}, the way it was computed before.
   *
   * @return 64 hexadecimal digits
   */
  @Benchmark
  public String tree() {
    return Canonicalizer.sha256(Canonicalizer.canonicalize(codec.toTree(document)));
  }
}
