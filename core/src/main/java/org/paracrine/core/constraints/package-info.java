/**
 * Jakarta Validation constraint annotations for Paracrine value types. They are declared here with
 * {@code validatedBy = {}} so that core carries no validation engine; the validators are registered by the
 * {@code paracrine-validation} module through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * Without that module (and Jakarta Validation) on the class path the annotations are inert.
 *
 * <p>These constraints add what construction-time invariants do not: identifier syntax and length bounds, unit
 * dimensions of otherwise free quantities and plausibility ranges with unit conversion.
 */
package org.paracrine.core.constraints;
