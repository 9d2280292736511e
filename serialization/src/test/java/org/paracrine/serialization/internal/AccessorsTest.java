package org.paracrine.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ev.ImmutableVesicleImaging;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Term;

/**
 * The generated accessors call the methods they were made from: a builder factory, setters taking objects and
 * primitives (boxed), {@code build()}, and accessors returning objects, primitives (boxed) and optionals.
 */
class AccessorsTest {
  @Test
  void buildersAreMadeSetAndBuiltAsByDirectCalls() throws Exception {
    Class<?> builder = ImmutableVesicleImaging.Builder.class;
    Supplier<Object> factory = Accessors.supplier(ImmutableVesicleImaging.class.getMethod("builder"));
    Setter method = Accessors.setter(builder.getMethod("method", Term.class), builder);
    Setter wideField = Accessors.setter(builder.getMethod("wideField", boolean.class), builder);
    Setter closeUp = Accessors.setter(builder.getMethod("closeUp", boolean.class), builder);
    Setter morphology = Accessors.setter(builder.getMethod("morphology", String.class), builder);
    UnaryOperator<Object> build = Accessors.function(builder.getMethod("build"), builder);
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

  @Test
  void accessorsReturnBoxedPrimitivesAndOptionalsOfAnyImplementation() throws Exception {
    VesicleImaging imaging = ImmutableVesicleImaging.builder().method(Term.of(AnalyticalMethod.CRYO_EM))
        .wideField(true).closeUp(false).build();
    UnaryOperator<Object> wideField = Accessors.function(VesicleImaging.class.getMethod("wideField"),
        VesicleImaging.class);
    UnaryOperator<Object> closeUp = Accessors.function(VesicleImaging.class.getMethod("closeUp"),
        VesicleImaging.class);
    UnaryOperator<Object> morphology = Accessors.function(VesicleImaging.class.getMethod("morphology"),
        VesicleImaging.class);
    assertThat(wideField.apply(imaging)).isEqualTo(Boolean.TRUE);
    assertThat(closeUp.apply(imaging)).isEqualTo(Boolean.FALSE);
    assertThat(morphology.apply(imaging)).isEqualTo(Optional.empty());
  }

  @Test
  void exceptionsOfTheCalledMethodReachTheCaller() throws Exception {
    Class<?> builder = ImmutableVesicleImaging.Builder.class;
    Object b = Accessors.supplier(ImmutableVesicleImaging.class.getMethod("builder")).get();
    Setter morphology = Accessors.setter(builder.getMethod("morphology", String.class), builder);
    assertThatThrownBy(() -> morphology.set(b, null)).isInstanceOf(NullPointerException.class);
    UnaryOperator<Object> build = Accessors.function(builder.getMethod("build"), builder);
    assertThatThrownBy(() -> build.apply(b)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> Accessors.setter(builder.getMethod("build"), builder))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
