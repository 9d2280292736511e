package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.samples.ReferenceLots;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** RFC 8785 canonical form (numbers as exact strings) and the SHA-256 digest. */
class CanonicalFormTest {
  private final ParacrineJson json = ParacrineJson.strict();

  @Test
  void membersAreSortedByUtf16CodeUnitsWithoutWhitespace() {
    // RFC 8785 §3.2.3 sorting example: code units, so U+10000 (surrogates D800 DC00) sorts before U+FB33.
    String canonical = json.canonicalizeJson("{\"\\ufb33\": 1, \"\\ud800\\udc00\": 2, \"a\" : 3, \"B\": 4}");
    assertThat(canonical).isEqualTo("{\"B\":\"4\",\"a\":\"3\",\"\uD800\uDC00\":\"2\",\"\uFB33\":\"1\"}");
  }

  @Test
  void stringsAreEscapedAsEcmaScriptDoes() {
    assertThat(json.canonicalizeJson("[\"\\u0001\\b\\t\\n\\f\\r\\\"\\\\/\\u20ac\\u2028\"]"))
        .isEqualTo("[\"\\u0001\\b\\t\\n\\f\\r\\\"\\\\/\u20ac\u2028\"]");
    assertThat(json.canonicalizeJson("[\"\\ud800\"]")).isEqualTo("[\"\\ud800\"]");
  }

  @Test
  void literalsAndNestingFollowTheRfc() {
    assertThat(json.canonicalizeJson("{ \"b\": [true, false, null, {\"z\": {}, \"y\": []}], \"a\": \"x\" }"))
        .isEqualTo("{\"a\":\"x\",\"b\":[true,false,null,{\"y\":[],\"z\":{}}]}");
  }

  @Test
  void numbersBecomeTheirExactDecimalText() {
    assertThat(json.canonicalizeJson("[1.50, 5.24E+11, 100, -0.0010, 12345678901234567890123]"))
        .isEqualTo("[\"1.50\",\"5.24E+11\",\"100\",\"-0.0010\",\"12345678901234567890123\"]");
  }

  @Test
  void theDigestIsStableAcrossReadWriteCyclesAndFormatting() {
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();
    String digest = json.sha256(lot);
    assertThat(digest).hasSize(64).matches("[0-9a-f]+");
    Lot again = lot;
    for (int i = 0; i < 3; i++) {
      again = json.readLot(i % 2 == 0 ? json.writePretty(again) : json.write(again));
      assertThat(json.sha256(again)).isEqualTo(digest);
    }
    assertThat(Digests.sha256Hex(json.canonical(lot))).isEqualTo(digest);
  }

  @Test
  void theDigestChangesWhenAnyValueChanges() {
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();
    String digest = json.sha256(lot);
    ObjectNode tree = (ObjectNode) json.mapper().readTree(json.write(lot));
    int[] mutated = {0};
    forEachLeaf(tree, (parent, key, leaf) -> {
      JsonNode replacement = mutate(leaf);
      set(parent, key, replacement);
      try {
        Lot changed = json.readLot(tree.toString());
        assertThat(json.sha256(changed)).as("after changing %s", key).isNotEqualTo(digest);
        mutated[0]++;
      } catch (RecordFormatException invalidAfterChange) {
        // a change the format or an invariant rejects cannot be digested; skip it
      } finally {
        set(parent, key, leaf);
      }
    });
    assertThat(mutated[0]).isGreaterThan(50);
  }

  private static JsonNode mutate(JsonNode leaf) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (leaf.isString()) {
      return f.stringNode(leaf.stringValue() + "1");
    } else if (leaf.isNumber()) {
      return f.numberNode(leaf.decimalValue().setScale(leaf.decimalValue().scale() + 1));
    } else if (leaf.isBoolean()) {
      return f.booleanNode(!leaf.booleanValue());
    }
    return leaf;
  }

  private interface LeafVisitor {
    void visit(JsonNode parent, Object key, JsonNode leaf);
  }

  private static void forEachLeaf(JsonNode node, LeafVisitor visitor) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isContainer()) {
          forEachLeaf(e.getValue(), visitor);
        } else if (!e.getKey().equals("kind") && !e.getKey().equals("schemaVersion")) {
          visitor.visit(node, e.getKey(), e.getValue());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainer()) {
          forEachLeaf(node.get(i), visitor);
        } else {
          visitor.visit(node, i, node.get(i));
        }
      }
    }
  }

  private static void set(JsonNode parent, Object key, JsonNode value) {
    if (key instanceof String) {
      ((ObjectNode) parent).set((String) key, value);
    } else {
      ((ArrayNode) parent).set((Integer) key, value);
    }
  }
}
