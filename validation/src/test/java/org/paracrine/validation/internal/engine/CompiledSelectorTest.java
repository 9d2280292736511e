package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;

class CompiledSelectorTest {

  private static boolean reference(List<String> names, String code) {
    return names.isEmpty() || names.stream().anyMatch(n -> n.equalsIgnoreCase(code) || n.trim().equalsIgnoreCase(code));
  }

  @Test
  void aDonorTestIsNamedAsByComparingEveryNameEachTime() {
    SplittableRandom r = new SplittableRandom(1271);
    String[] pool = {"HIV-1-NAT", "hiv-1-nat", " HBsAg ", "HBsAg", "anti-HCV", "T-pallidum", "CMV", "cmv", "WNV-NAT"};
    for (int round = 0; round < 300; round++) {
      List<String> names = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        names.add(pool[r.nextInt(pool.length)]);
      }
      CompiledSelector cs = CompiledSelector.of(Selector.builder().kind(SelectorKind.DONOR_TEST).names(names).build());
      List<String> codes = new ArrayList<>();
      for (int k = 0; k < 80; k++) { // shared instances asked again and again, and more new ones than are kept
        codes.add(r.nextBoolean() ? pool[r.nextInt(pool.length)] : new String(pool[r.nextInt(pool.length)]));
      }
      for (String code : codes) {
        assertThat(cs.namesTest(code)).as("%s names %s", names, code).isEqualTo(reference(names, code));
      }
    }
  }
}
