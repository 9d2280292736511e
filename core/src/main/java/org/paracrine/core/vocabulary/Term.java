package org.paracrine.core.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paracrine.core.internal.NearMiss;

/**
 * A coded value from a controlled vocabulary that also keeps codes this version of Paracrine does not know.
 *
 * <p>A record written by a newer version may use a term that is not yet an enum constant here. Reading it must
 * not lose it: {@link #parse(Class, String)} returns an <em>unknown</em> term that keeps the code text, reports
 * {@link #isKnown()} {@code false}, and is written back unchanged. Rules that need a known term treat an unknown
 * one as "not recognised" and say so in their findings.
 *
 * <p>An unknown code that is a near miss of a known one — the same letters apart from case and punctuation
 * ({@code intraarticular} for {@code intra-articular}) or, for longer codes, one or two typing errors away
 * ({@code intravenus}) — is far more likely a typo than a new term. {@link #parse(Class, String, UnknownCodes)}
 * with {@link UnknownCodes#REFUSE_NEAR_MISSES} refuses it and names the known code ("did you mean
 * intra-articular?"); codes far from every known code are still kept. The strict JSON reader of
 * {@code paracrine-serialization} applies this check.
 *
 * <p>Equality is by vocabulary type and code. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Term<TissueSource> t = Term.of(TissueSource.BONE_MARROW);
 * Term<TissueSource> u = Term.parse(TissueSource.class, "XYZ"); // unknown, code kept
 * Term.parse(RouteOfAdministration.class, "intraarticular", UnknownCodes.REFUSE_NEAR_MISSES);
 *     // throws: did you mean "intra-articular"?
 * }</pre>
 *
 * @param <E> the vocabulary enum
 */
public final class Term<E extends Enum<E> & Vocabulary> {
  /** Longest code accepted for an unknown term. */
  public static final int MAX_CODE_LENGTH = 128;

  /** Per vocabulary: each known code to its term, built once; known terms are shared (they are immutable). */
  private static final ClassValue<Map<String, Term<?>>> INDEX = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Map<String, Term<?>> computeValue(Class<?> vocabulary) {
      Map<String, Term<?>> index = new HashMap<>();
      for (Object constant : vocabulary.getEnumConstants()) {
        String code = ((Vocabulary) constant).code();
        if (index.put(code, new Term(vocabulary, code, (Enum) constant)) != null) {
          throw new IllegalStateException(vocabulary.getName() + " has the code \"" + code + "\" twice");
        }
      }
      return Collections.unmodifiableMap(index);
    }
  };

  /** What {@link #parse(Class, String, UnknownCodes)} does with a well-formed code this version does not know. */
  public enum UnknownCodes {
    /** Keep every unknown code (what {@link #parse(Class, String)} does). */
    KEEP,
    /**
     * Refuse an unknown code that is a near miss of a known code (see {@link #nearMiss(Class, String)}); keep
     * every other unknown code.
     */
    REFUSE_NEAR_MISSES
  }

  private final Class<E> vocabulary;
  private final String code;
  private final E known;
  /** {@link #known()}, built once: rules ask for it on every check, and known terms are shared instances. */
  private final Optional<E> knownOptional;

  private Term(Class<E> vocabulary, String code, E known) {
    this.vocabulary = vocabulary;
    this.code = code;
    this.known = known;
    this.knownOptional = Optional.ofNullable(known);
  }

  /**
   * Wraps a known constant.
   *
   * @param <E> the vocabulary enum
   * @param value the constant
   * @return the term
   */
  public static <E extends Enum<E> & Vocabulary> Term<E> of(E value) {
    Objects.requireNonNull(value, "value");
    return known(value.getDeclaringClass(), value.code());
  }

  /**
   * Reads a code: the matching constant if the code is known (exact, case-sensitive match on
   * {@link Vocabulary#code()}), else an unknown term that keeps the code.
   *
   * @param <E> the vocabulary enum
   * @param vocabulary the enum class
   * @param code the code as read
   * @return the term
   * @throws IllegalArgumentException if the code is blank, longer than {@link #MAX_CODE_LENGTH} characters or
   *     contains control characters
   */
  public static <E extends Enum<E> & Vocabulary> Term<E> parse(Class<E> vocabulary, String code) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(code, "code");
    Term<E> known = known(vocabulary, code);
    if (known != null) {
      return known;
    }
    if (code.isBlank() || code.length() > MAX_CODE_LENGTH || code.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("invalid " + vocabulary.getSimpleName() + " code \"" + abbreviate(code)
          + "\": expected a non-blank code of at most " + MAX_CODE_LENGTH
          + " characters without control characters, e.g. one of " + knownCodes(vocabulary));
    }
    return new Term<>(vocabulary, code, null);
  }

  /**
   * Looks up a known constant by code.
   *
   * @param <E> the vocabulary enum
   * @param vocabulary the enum class
   * @param code the code
   * @return the constant, or empty if the code is not known
   */
  public static <E extends Enum<E> & Vocabulary> Optional<E> lookupCode(Class<E> vocabulary, String code) {
    return Optional.ofNullable(lookup(vocabulary, code));
  }

  /**
   * Looks up a known constant by its code or by an alias (such as a marker's common name), ignoring case.
   *
   * @param <E> the vocabulary enum
   * @param vocabulary the enum class
   * @param name the code or alias, e.g. {@code "CD73"} or {@code "nt5e"}
   * @param alias the alias of each constant
   * @return the first constant whose code or alias matches, or empty
   */
  public static <E extends Enum<E> & Vocabulary> Optional<E> lookupName(Class<E> vocabulary, String name,
      Function<E, String> alias) {
    Objects.requireNonNull(name, "name");
    for (E e : vocabulary.getEnumConstants()) {
      if (e.code().equalsIgnoreCase(name) || alias.apply(e).equalsIgnoreCase(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a code like {@link #parse(Class, String)}, optionally refusing near misses of known codes.
   *
   * @param <E> the vocabulary enum
   * @param vocabulary the enum class
   * @param code the code as read
   * @param unknownCodes what to do with a well-formed code this version does not know
   * @return the term
   * @throws IllegalArgumentException if the code is blank, too long or contains control characters, or, with
   *     {@link UnknownCodes#REFUSE_NEAR_MISSES}, if it is a near miss of a known code (the message names it)
   */
  public static <E extends Enum<E> & Vocabulary> Term<E> parse(Class<E> vocabulary, String code,
      UnknownCodes unknownCodes) {
    Term<E> term = parse(vocabulary, code);
    if (!term.isKnown() && unknownCodes == UnknownCodes.REFUSE_NEAR_MISSES) {
      Optional<E> meant = nearMiss(vocabulary, code);
      if (meant.isPresent()) {
        throw new IllegalArgumentException("unknown " + vocabulary.getSimpleName() + " code \"" + abbreviate(code)
            + "\": did you mean \"" + meant.get().code() + "\"? (a code that is not in the vocabulary is kept only"
            + " when it is not a near miss of a known code)");
      }
    }
    return term;
  }

  /**
   * Returns the known constant that an unknown code is most likely a misspelling of: one whose code has the same
   * letters and digits apart from case and punctuation, or — for codes of six or more letters and digits with the
   * same digits — is one edit away (two for ten or more), where an edit inserts, deletes, replaces or swaps
   * adjacent characters. Codes whose digits differ are never near misses ({@code CD63} is not {@code CD81}).
   *
   * @param <E> the vocabulary enum
   * @param vocabulary the enum class
   * @param code a code
   * @return the first such constant in declaration order, or empty if the code is known or far from every code
   */
  public static <E extends Enum<E> & Vocabulary> Optional<E> nearMiss(Class<E> vocabulary, String code) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(code, "code");
    if (code.length() > MAX_CODE_LENGTH || lookup(vocabulary, code) != null) {
      return Optional.empty();
    }
    for (E e : vocabulary.getEnumConstants()) {
      if (NearMiss.normalise(e.code()).equals(NearMiss.normalise(code))) {
        return Optional.of(e);
      }
    }
    for (E e : vocabulary.getEnumConstants()) {
      if (NearMiss.isNearMiss(code, e.code())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E> & Vocabulary> E lookup(Class<E> vocabulary, String code) {
    Term<E> term = known(vocabulary, code);
    return term == null ? null : term.known;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E> & Vocabulary> Term<E> known(Class<E> vocabulary, String code) {
    return (Term<E>) INDEX.get(vocabulary).get(code);
  }

  private static <E extends Enum<E> & Vocabulary> String knownCodes(Class<E> vocabulary) {
    return Arrays.stream(vocabulary.getEnumConstants()).limit(6).map(Vocabulary::code)
        .collect(Collectors.joining(", ", "[", vocabulary.getEnumConstants().length > 6 ? ", ...]" : "]"));
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /**
   * Returns the vocabulary this term belongs to.
   *
   * @return the enum class
   */
  public Class<E> vocabulary() {
    return vocabulary;
  }

  /**
   * Returns the code as written in records.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether the code is known to this version.
   *
   * @return true for a known constant
   */
  public boolean isKnown() {
    return known != null;
  }

  /**
   * Returns the known constant.
   *
   * @return the constant, or empty for an unknown code
   */
  public Optional<E> known() {
    return knownOptional;
  }

  /**
   * Tells whether this term is the given constant.
   *
   * @param value a constant
   * @return true if known and equal
   */
  public boolean is(E value) {
    return known == value;
  }

  /**
   * Returns the display text: the constant's display, or the raw code for an unknown term.
   *
   * @return the display text
   */
  public String display() {
    return known != null ? known.display() : code;
  }

  /**
   * Equality by vocabulary and code.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Term)) {
      return false;
    }
    Term<?> t = (Term<?>) o;
    return vocabulary.equals(t.vocabulary) && code.equals(t.code);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * vocabulary.getName().hashCode() + code.hashCode();
  }

  /**
   * Returns the code, with {@code "?"} appended for an unknown term.
   *
   * @return e.g. {@code "BM"} or {@code "XYZ?"}
   */
  @Override
  public String toString() {
    return known != null ? code : code + "?";
  }
}
