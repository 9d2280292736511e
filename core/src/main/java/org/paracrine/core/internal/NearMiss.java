package org.paracrine.core.internal;

import java.util.Locale;

/**
 * Tells whether a code is a likely misspelling of another: the same letters and digits apart from case and
 * punctuation ({@code intraarticular}, {@code Intra articular} for {@code intra-articular}), or, for longer codes
 * with the same digits, one edit ({@code intravenus}; six or more letters and digits) or two edits (ten or more)
 * away, where an edit inserts, deletes or replaces one character or swaps two adjacent ones (optimal string
 * alignment distance). Codes whose digits differ ({@code MISEV2018} and {@code MISEV2023}, {@code CD63} and
 * {@code CD81}) are never near misses: digits name different things. Not part of the API.
 */
public final class NearMiss {
  private NearMiss() {}

  /**
   * Returns the letters and digits of a code in lower case.
   *
   * @param code the code
   * @return e.g. {@code "intraarticular"} for {@code "intra-articular"}
   */
  public static String normalise(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether {@code candidate} is a near miss of {@code known} (and not equal to it).
   *
   * @param candidate the code as given
   * @param known a known code
   * @return true if the candidate differs from the known code only by case, punctuation or a small edit
   */
  public static boolean isNearMiss(String candidate, String known) {
    if (candidate.equals(known)) {
      return false;
    }
    String a = normalise(candidate);
    String b = normalise(known);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    if (!digits(a).equals(digits(b))) {
      return false;
    }
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter >= 10 ? 2 : shorter >= 6 ? 1 : 0;
    return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
