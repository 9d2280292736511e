package org.paracrine.serialization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * RFC 8785 (JSON Canonicalization Scheme) writer with one documented deviation that keeps precision: every JSON
 * number is first replaced by a string holding the General Decimal Arithmetic to-scientific-string of its exact
 * value, which is {@link java.math.BigDecimal#toString()} ({@code 1.50} becomes {@code "1.50"}, {@code 0.00000012}
 * becomes {@code "1.2E-7"}, {@code -0.0} becomes {@code "0.0"}), so no IEEE-754 conversion takes place. Members are
 * sorted by UTF-16 code units, there is no whitespace, and strings are escaped as ECMAScript {@code JSON.stringify}
 * does (lone surrogates as {@code \\u} escapes with four lower-case hex digits). The specification with test
 * vectors is {@code docs/canonical-form.md}.
 *
 * <p>This class canonicalizes a tree: arbitrary JSON text once parsed. Documents are canonicalized without a tree
 * by {@code CanonicalGenerator}, which the tests hold to the same bytes as {@link #canonicalize(JsonNode)}.
 */
public final class Canonicalizer {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Canonicalizer() {}

  /**
   * Returns the canonical text of a tree.
   *
   * @param node the tree
   * @return canonical JSON text
   */
  public static String canonicalize(JsonNode node) {
    StringBuilder sb = new StringBuilder(1024);
    write(node, sb);
    return sb.toString();
  }

  /**
   * Returns the lower-case hexadecimal SHA-256 of the UTF-8 bytes of a text.
   *
   * @param text the text
   * @return 64 hexadecimal characters
   */
  public static String sha256(String text) {
    return hex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A new SHA-256 message digest. */
  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Lower-case hexadecimal digits of bytes. */
  static String hex(byte[] d) {
    char[] out = new char[d.length * 2];
    for (int i = 0; i < d.length; i++) {
      out[2 * i] = HEX[(d[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[d[i] & 0xF];
    }
    return new String(out);
  }

  private static void write(JsonNode n, StringBuilder sb) {
    if (n.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(n.properties());
      Collections.sort(entries, Map.Entry.comparingByKey());
      sb.append('{');
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        string(entries.get(i).getKey(), sb);
        sb.append(':');
        write(entries.get(i).getValue(), sb);
      }
      sb.append('}');
    } else if (n.isArray()) {
      sb.append('[');
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(n.get(i), sb);
      }
      sb.append(']');
    } else if (n.isString()) {
      string(n.stringValue(), sb);
    } else if (n.isNumber()) {
      string(n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString(), sb);
    } else if (n.isBoolean()) {
      sb.append(n.booleanValue() ? "true" : "false");
    } else if (n.isNull()) {
      sb.append("null");
    } else {
      throw new IllegalArgumentException("cannot canonicalize a " + n.getNodeType() + " node");
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    int plain = plainPrefix(s);
    if (plain == s.length()) {
      sb.append(s).append('"'); // nothing to escape: the common case for names, codes and numbers
      return;
    }
    sb.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /** The length of the longest prefix holding no character that needs an escape or a surrogate check. */
  private static int plainPrefix(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
