package org.paracrine.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paracrine.core.ev.ImmutableVesicleImaging;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Term;

/**
 * The accessors, plain and generated, call the methods they were made from: a builder factory, setters taking objects and
 * primitives (boxed), {@code build()}, and accessors returning objects, primitives (boxed) and optionals.
 */
class AccessorsTest {
  @ParameterizedTest(name = "generated: {0}")
  @ValueSource(booleans = {false, true})
  void buildersAreMadeSetAndBuiltAsByDirectCalls(boolean generated) throws Exception {
    Class<?> builder = ImmutableVesicleImaging.Builder.class;
    Supplier<Object> factory = Accessors.supplier(ImmutableVesicleImaging.class.getMethod("builder"), generated);
    Setter method = Accessors.setter(builder.getMethod("method", Term.class), builder, generated);
    Setter wideField = Accessors.setter(builder.getMethod("wideField", boolean.class), builder, generated);
    Setter closeUp = Accessors.setter(builder.getMethod("closeUp", boolean.class), builder, generated);
    Setter morphology = Accessors.setter(builder.getMethod("morphology", String.class), builder, generated);
    UnaryOperator<Object> build = Accessors.function(builder.getMethod("build"), builder, generated);
    for (boolean wide : new boolean[] {false, true}) {
      Object b = factory.get();
      assertThat(b).isInstanceOf(builder).isNotSameAs(factory.get());
      method.set(b, Term.of(AnalyticalMethod.CRYO_EM));
      wideField.set(b, wide);
      closeUp.set(b, !wide);
      morphology.set(b, "cup-shaped");
      assertThat(build.apply(b)).isEqualTo(ImmutableVesicleImaging.builder().method(Term.of(AnalyticalMethod.CRYO_EM))
          .wideField(wide).closeUp(!wide).morphology("cup-shaped").build());
    }
  }

  @ParameterizedTest(name = "generated: {0}")
  @ValueSource(booleans = {false, true})
  void accessorsReturnBoxedPrimitivesAndOptionalsOfAnyImplementation(boolean generated) throws Exception {
    VesicleImaging imaging = ImmutableVesicleImaging.builder().method(Term.of(AnalyticalMethod.CRYO_EM))
        .wideField(true).closeUp(false).build();
    UnaryOperator<Object> wideField = Accessors.function(VesicleImaging.class.getMethod("wideField"),
        VesicleImaging.class, generated);
    UnaryOperator<Object> closeUp = Accessors.function(VesicleImaging.class.getMethod("closeUp"),
        VesicleImaging.class, generated);
    UnaryOperator<Object> morphology = Accessors.function(VesicleImaging.class.getMethod("morphology"),
        VesicleImaging.class, generated);
    assertThat(wideField.apply(imaging)).isEqualTo(Boolean.TRUE);
    assertThat(closeUp.apply(imaging)).isEqualTo(Boolean.FALSE);
    assertThat(morphology.apply(imaging)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "generated: {0}")
  @ValueSource(booleans = {false, true})
  void exceptionsOfTheCalledMethodReachTheCaller(boolean generated) throws Exception {
    Class<?> builder = ImmutableVesicleImaging.Builder.class;
    Object b = Accessors.supplier(ImmutableVesicleImaging.class.getMethod("builder"), generated).get();
    Setter morphology = Accessors.setter(builder.getMethod("morphology", String.class), builder, generated);
    assertThatThrownBy(() -> morphology.set(b, null)).isInstanceOf(NullPointerException.class);
    UnaryOperator<Object> build = Accessors.function(builder.getMethod("build"), builder, generated);
    assertThatThrownBy(() -> build.apply(b)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> Accessors.setter(builder.getMethod("build"), builder, generated))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void usesCallForGeneratedAccessorsOnceAtTheThreshold() {
    Accessors.Uses uses = new Accessors.Uses();
    int due = 0;
    int at = -1;
    for (int i = 1; i <= 3 * Accessors.GENERATE_AFTER; i++) {
      if (uses.countAndCheck()) {
        due++;
        at = i;
      }
    }
    assertThat(due).isEqualTo(1);
    assertThat(at).isEqualTo(Accessors.GENERATE_AFTER);
  }
}
