package org.paracrine.validation.internal.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.spec.SizeStatistic;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * A selector prepared once, when the checker is built: the canonical keys of its names, and each optional attribute
 * read once. The generated getters of {@link Selector} wrap a present value in a new {@link Optional} on every call,
 * and the JIT of Java 17 cannot remove an {@code Optional.ofNullable} whose two outcomes merge; the resolver reads
 * these attributes for every criterion of every check, so it reads them here. Immutable; thread-safe.
 */
public final class CompiledSelector {
  private final Selector selector;
  private final List<String> keys;
  private final SelectorKind kind;
  private final Optional<Term<QualityAttribute>> attribute;
  private final Optional<Term<MisevCategory>> category;
  private final Optional<Term<DifferentiationLineage>> lineage;
  private final Optional<SizeStatistic> statistic;
  private final Optional<QuantityRange> sizeRange;
  private final Optional<Term<NormalisationBasis>> normalisation;
  private final Optional<String> parameter;
  private final Optional<Term<OxygenCondition>> oxygenCondition;
  private final Optional<Quantity> maternalSpecimenAge;

  private CompiledSelector(Selector selector) {
    this.selector = selector;
    this.keys = selector.names().stream().map(Names::key).collect(Collectors.toUnmodifiableList());
    this.kind = selector.kind();
    this.attribute = selector.attribute();
    this.category = selector.category();
    this.lineage = selector.lineage();
    this.statistic = selector.statistic();
    this.sizeRange = selector.sizeRange();
    this.normalisation = selector.normalisation();
    this.parameter = selector.parameter();
    this.oxygenCondition = selector.oxygenCondition();
    this.maternalSpecimenAge = selector.maternalSpecimenAge();
  }

  /**
   * Compiles a selector.
   *
   * @param selector the selector
   * @return the compiled selector
   */
  public static CompiledSelector of(Selector selector) {
    return new CompiledSelector(selector);
  }

  /**
   * Returns the selector.
   *
   * @return the selector
   */
  public Selector selector() {
    return selector;
  }

  /**
   * Returns the canonical keys of {@link Selector#names()} ({@link Names#key(String)}).
   *
   * @return the keys, in the order of the names
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * Returns {@link Selector#kind()}.
   *
   * @return the kind
   */
  public SelectorKind kind() {
    return kind;
  }

  /**
   * Returns {@link Selector#attribute()}, read once.
   *
   * @return the quality attribute, or empty
   */
  public Optional<Term<QualityAttribute>> attribute() {
    return attribute;
  }

  /**
   * Returns {@link Selector#category()}, read once.
   *
   * @return the MISEV category, or empty
   */
  public Optional<Term<MisevCategory>> category() {
    return category;
  }

  /**
   * Returns {@link Selector#lineage()}, read once.
   *
   * @return the lineage, or empty
   */
  public Optional<Term<DifferentiationLineage>> lineage() {
    return lineage;
  }

  /**
   * Returns {@link Selector#statistic()}, read once.
   *
   * @return the size statistic, or empty
   */
  public Optional<SizeStatistic> statistic() {
    return statistic;
  }

  /**
   * Returns {@link Selector#sizeRange()}, read once.
   *
   * @return the size range, or empty
   */
  public Optional<QuantityRange> sizeRange() {
    return sizeRange;
  }

  /**
   * Returns {@link Selector#normalisation()}, read once.
   *
   * @return the normalisation basis, or empty
   */
  public Optional<Term<NormalisationBasis>> normalisation() {
    return normalisation;
  }

  /**
   * Returns {@link Selector#parameter()}, read once.
   *
   * @return the parameter, or empty
   */
  public Optional<String> parameter() {
    return parameter;
  }

  /**
   * Returns {@link Selector#oxygenCondition()}, read once.
   *
   * @return the oxygen condition, or empty
   */
  public Optional<Term<OxygenCondition>> oxygenCondition() {
    return oxygenCondition;
  }

  /**
   * Returns {@link Selector#maternalSpecimenAge()}, read once.
   *
   * @return the age limit for a maternal specimen, or empty
   */
  public Optional<Quantity> maternalSpecimenAge() {
    return maternalSpecimenAge;
  }

  /**
   * Tells whether a recorded name matches one of the selector's names; with no names every value matches.
   *
   * @param name the recorded name (analyte, marker code), or null when the record has none
   * @return true if it matches
   */
  public boolean matchesAny(String name) {
    if (keys.isEmpty()) {
      return true;
    }
    return name != null && keys.contains(Names.key(name));
  }

  /**
   * Tells whether a canonical name key ({@link Names#key(String)}) is one of the selector's; with no names every key
   * matches. For a caller that has the key already.
   *
   * @param key the canonical key
   * @return true if it matches
   */
  public boolean matchesKey(String key) {
    return keys.isEmpty() || keys.contains(key);
  }

  /**
   * Returns the selector's description.
   *
   * @return {@link Selector#describe()}
   */
  @Override
  public String toString() {
    return selector.describe();
  }
}
