package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.report.JsonPointer;

class PointersTest {

  @Test
  void keptPointersAreThoseJsonPointerWritesForGeneratedTokens() {
    SplittableRandom r = new SplittableRandom(6901);
    String[] names = {"value", "outcome", "a/b", "m~n", "", "markers", "x"};
    String[] bases = {"/lot/testResults", "/product/source/identity", "", "/a~1b"};
    for (int i = 0; i < 20_000; i++) {
      Object[] tokens = new Object[r.nextInt(5)];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = r.nextBoolean() ? (Object) r.nextInt(-2, 90) : names[r.nextInt(names.length)];
      }
      String base = bases[r.nextInt(bases.length)];
      String expected = JsonPointer.append(base, tokens);
      String kept = Pointers.path(base, tokens);
      assertThat(kept).as("%s + %s", base, java.util.Arrays.toString(tokens)).isEqualTo(expected);
      assertThat(Pointers.path(base, tokens)).isEqualTo(expected);
      int index = r.nextInt(-2, 90);
      String member = names[r.nextInt(names.length)];
      assertThat(Pointers.at(base, index, member)).isEqualTo(JsonPointer.append(base, index, member));
      assertThat(Pointers.member(base, member)).isEqualTo(JsonPointer.append(base, member));
    }
  }

  @Test
  void locatedValuesGiveTheirChildPointersAsJsonPointerWritesThem() {
    String[] names = {"value", "a/b", "m~n", "", "differentiation"};
    for (String base : new String[] {"/product/source/identity", "", "/x~0y"}) {
      org.paracrine.validation.internal.Located<String> at = new org.paracrine.validation.internal.Located<>("v", base);
      for (String list : names) {
        assertThat(at.at(list)).isEqualTo(JsonPointer.append(base, list));
        for (int i = -1; i < 70; i += 7) {
          assertThat(at.at(list, i)).isEqualTo(JsonPointer.append(base, list, i));
          for (String member : names) {
            assertThat(at.at(list, i, member)).isEqualTo(JsonPointer.append(base, list, i, member));
            assertThat(at.at((Object) list, i, member, 2)).isEqualTo(JsonPointer.append(base, list, i, member, 2));
          }
        }
      }
    }
  }

  @Test
  void aPointerAskedForAgainIsTheKeptInstance() {
    assertThat(Pointers.path("/lot/testResults", 3, "value")).isSameAs(Pointers.path("/lot/testResults", 3, "value"))
        .isSameAs(Pointers.at("/lot/testResults", 3, "value"));
    assertThat(Pointers.path("/product/source/identity", "differentiation", 1, "outcome"))
        .isEqualTo("/product/source/identity/differentiation/1/outcome")
        .isSameAs(Pointers.path("/product/source/identity", "differentiation", 1, "outcome"));
    assertThat(Pointers.member("/lot", new String("id"))).isSameAs(Pointers.member("/lot", "id"));
  }
}
