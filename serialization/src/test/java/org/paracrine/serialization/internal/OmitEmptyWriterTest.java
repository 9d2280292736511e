package org.paracrine.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * {@link OmitEmptyWriter} leaves out nulls, absent optionals and empty lists, writes every other value as the
 * inherited writer would, and reads each property once per write.
 */
class OmitEmptyWriterTest {

  /** A bean whose getters count how often they are read. */
  public static final class Counted {
    final int[] reads = new int[5];
    private final String name;
    private final Optional<String> note;
    private final List<Integer> sizes;
    private final Optional<Counted> child;

    Counted(String name, Optional<String> note, List<Integer> sizes, Optional<Counted> child) {
      this.name = name;
      this.note = note;
      this.sizes = sizes;
      this.child = child;
    }

    public String getName() {
      reads[0]++;
      return name;
    }

    public Optional<String> getNote() {
      reads[1]++;
      return note;
    }

    public List<Integer> getSizes() {
      reads[2]++;
      return sizes;
    }

    public Optional<Counted> getChild() {
      reads[3]++;
      return child;
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SimpleModule("omit-empty-test")
      .setSerializerModifier(new ValueSerializerModifier() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
            BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> properties) {
          List<BeanPropertyWriter> out = new ArrayList<>();
          properties.forEach(w -> out.add(new OmitEmptyWriter(w)));
          return out;
        }
      })).build();

  @Test
  void writesPresentValuesLeavesOutEmptyOnesAndReadsEachPropertyOnce() {
    Counted inner = new Counted("inner", Optional.empty(), List.of(), Optional.empty());
    Counted outer = new Counted("outer", Optional.of("a note"), List.of(1, 2), Optional.of(inner));
    assertThat(MAPPER.writeValueAsString(outer))
        .isEqualTo("{\"child\":{\"name\":\"inner\"},\"name\":\"outer\",\"note\":\"a note\",\"sizes\":[1,2]}");
    assertThat(outer.reads).containsExactly(1, 1, 1, 1, 0);
    assertThat(inner.reads).containsExactly(1, 1, 1, 1, 0);

    Counted empty = new Counted(null, Optional.empty(), List.of(), Optional.empty());
    assertThat(MAPPER.writeValueAsString(empty)).isEqualTo("{}");
    assertThat(empty.reads).containsExactly(1, 1, 1, 1, 0);
  }
}
