package org.paracrine.core.vocabulary;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coded value from a controlled vocabulary that also keeps codes this version of Paracrine does not know.
 *
 * <p>A record written by a newer version may use a term that is not yet an enum constant here. Reading it must
 * not lose it: {@link #parse(Class, String)} returns an <em>unknown</em> term that keeps the code text, reports
 * {@link #isKnown()} {@code false}, and is written back unchanged. Rules that need a known term treat an unknown
 * one as "not recognised" and say so in their findings.
 *
 * <p>Equality is by vocabulary type and code. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Term<TissueSource> t = Term.of(TissueSource.BONE_MARROW);
 * Term<TissueSource> u = Term.parse(TissueSource.class, "XYZ"); // unknown, code kept
 * }</pre>
 *
 * @param <E> the vocabulary enum
 */
public final class Term<E extends Enum<E> & Vocabulary> {
  /** Longest code accepted for an unknown term. */
  public static final int MAX_CODE_LENGTH = 128;

  private static final Map<Class<?>, Map<String, ?>> INDEX = new ConcurrentHashMap<>();

  private final Class<E> vocabulary;
  private final String code;
  private final E known;

  private Term(Class<E> vocabulary, String code, E known) {
    this.vocabulary = vocabulary;
    this.code = code;
    this.known = known;
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
    return new Term<>(value.getDeclaringClass(), value.code(), value);
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
    E known = lookup(vocabulary, code);
    if (known != null) {
      return new Term<>(vocabulary, known.code(), known);
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

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E> & Vocabulary> E lookup(Class<E> vocabulary, String code) {
    Map<String, ?> index = INDEX.computeIfAbsent(vocabulary, c -> Arrays.stream(vocabulary.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(Vocabulary::code, Function.identity())));
    return (E) index.get(code);
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
    return Optional.ofNullable(known);
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
