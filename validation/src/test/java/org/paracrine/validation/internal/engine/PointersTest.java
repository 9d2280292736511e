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
      assertThat(Pointers.at(base, index, member)).isEqualTo(member.isEmpty() ? JsonPointer.append(base, index)
          : JsonPointer.append(base, index, member));
      assertThat(Pointers.member(base, member)).isEqualTo(JsonPointer.append(base, member));
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
