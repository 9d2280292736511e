package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load-test tool works end to end; its timings are printed by the tool, never asserted. */
class ReleaseCheckLoadTest {

  @Test
  void aSmallRunStopsByItselfWithEveryReportEqualToTheLibrarysCheck() throws Exception {
    ReleaseCheckLoad.Result r = ReleaseCheckLoad.run(24, 4, 4);
    assertThat(r.requests()).isEqualTo(24);
    assertThat(r.failures()).isZero();
    assertThat(r.digestMismatches()).isZero();
    assertThat(r.describe()).contains("24 requests at concurrency 4").contains("p99");
  }
}
