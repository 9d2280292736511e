package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.paracrine.core.report.DocumentDigester;
import org.paracrine.core.samples.ReferenceLots;

class DocumentDigesterServiceTest {
  @Test
  void theServiceLoaderFindsTheCanonicalDigesterWhoseDigestsEqualParacrineJsonSha256() {
    DocumentDigester digester = ServiceLoader.load(DocumentDigester.class).findFirst().orElseThrow();
    Object lot = ReferenceLots.all().get(0);
    assertThat(digester.sha256(lot)).isEqualTo(ParacrineJson.strict().sha256(lot)).hasSize(64);
  }
}
