package org.paracrine.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * The one Hibernate Validator factory of Paracrine, built on first use and shared (the factory and its validators
 * are thread-safe). Configured with {@link FluentGetterStrategy} and English messages from
 * {@code org.paracrine.validation.ValidationMessages} (a Paracrine-specific bundle name, so an application's own
 * {@code ValidationMessages} is neither shadowed nor needed). It lives as long as the class loader and is never
 * closed per call.
 */
public final class ValidatorHolder {
  /**
   * Hibernate Validator announces its version at INFO on first use (HV000001); a library embedded in someone's
   * service or command line should print nothing it was not asked for. Unless the application has set a level for
   * that one logger, its {@code java.util.logging} level becomes WARNING before the factory is built (held here so
   * the setting is not garbage-collected). Applications that route jboss-logging elsewhere configure it there.
   */
  private static final Logger VERSION_BANNER = quietVersionBanner();
  private static final ValidatorFactory FACTORY = build();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private ValidatorHolder() {}

  private static Logger quietVersionBanner() {
    Logger banner = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (banner.getLevel() == null) {
      banner.setLevel(Level.WARNING);
    }
    return banner;
  }

  private static ValidatorFactory build() {
    return configure(Validation.byProvider(HibernateValidator.class).configure()).buildValidatorFactory();
  }

  /**
   * Applies Paracrine's configuration (fluent getters, English messages from Paracrine's bundle) to a Hibernate
   * Validator configuration.
   *
   * @param configuration the configuration to change
   * @return the same configuration
   */
  public static HibernateValidatorConfiguration configure(HibernateValidatorConfiguration configuration) {
    Set<Locale> english = Set.of(Locale.ENGLISH);
    return configuration.getterPropertySelectionStrategy(new FluentGetterStrategy())
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("org.paracrine.validation.ValidationMessages", english,
                ValidatorHolder.class.getClassLoader()),
            english, Locale.ENGLISH, context -> Locale.ENGLISH, false));
  }

  /**
   * Returns the shared validator.
   *
   * @return the validator
   */
  public static Validator validator() {
    return VALIDATOR;
  }
}
