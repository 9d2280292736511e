package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.report.Finding;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.SpecificationEvaluator;
import org.paracrine.validation.internal.engine.LimitFunctions;
import org.paracrine.validation.internal.engine.LotIndex;
import org.paracrine.validation.internal.engine.Scopes;

/**
 * A built-in profile that is data: its cited parameters produce a {@link ReleaseSpecification} (one criterion per
 * rule, each with its source, scope and finding-code stem), which the checker evaluates with the same engine as a
 * user's specification. {@link #specification()} returns that document; it can be written out, read, copied and
 * overridden like any specification ({@code paracrine profiles --show <id>}).
 *
 * @param <P> the profile's parameter type
 */
public abstract class AbstractDataProfile<P> extends AbstractReleaseProfile<P> {
  private final ReleaseSpecification specification;
  private final SpecificationEvaluator compiled;

  AbstractDataProfile(ReleaseSpecification specification, P parameters) {
    this(specification, parameters, ProfilePurpose.RELEASE);
  }

  AbstractDataProfile(ReleaseSpecification specification, P parameters, ProfilePurpose purpose) {
    super(specification.id(), specification.version(), specification.title(), specification.sources(), parameters,
        purpose);
    this.specification = specification;
    this.compiled = SpecificationEvaluator.compile(specification, LimitFunctions.builtIn());
  }

  /**
   * Returns the profile as a specification document.
   *
   * @return the specification
   */
  @Override
  public final Optional<ReleaseSpecification> specification() {
    return Optional.of(specification);
  }

  /**
   * Tells why the profile's scope does not hold.
   *
   * @param context the product and lot
   * @return the reason, or empty when the profile applies
   */
  @Override
  public final Optional<String> notApplicable(ReleaseContext context) {
    return specification.scope().flatMap(s -> Scopes.whyNot(s, context));
  }

  /**
   * Evaluates the profile's criteria outside a checker (a checker evaluates {@link #specification()} itself).
   *
   * @param context the product and lot
   * @return the findings, one or more per criterion
   */
  @Override
  public final List<Finding> evaluate(ReleaseContext context) {
    List<Finding> out = new ArrayList<>();
    compiled.evaluate(context, LotIndex.of(context), out);
    return out;
  }
}
