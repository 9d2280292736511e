/**
 * Structural validation and the release engine of Paracrine.
 *
 * <p>Entry points: {@link org.paracrine.validation.ReleaseChecker} (a lot goes in, a
 * {@link org.paracrine.core.report.ReleaseReport} comes out) and {@link org.paracrine.validation.StructuralValidator}
 * (Jakarta Validation constraints of the core types, reported as findings). Built-in, cited release profiles are in
 * {@link org.paracrine.validation.profiles}; every finding code is listed in {@link org.paracrine.validation.FindingCode}
 * and in {@code docs/finding-codes.md}.
 *
 * <p><b>Record layout for JSON Pointers.</b> Findings locate values in the evaluated record
 * {@code {"product": <SecretomeProduct>, "lot": <Lot>}}, with property names equal to the accessor names of the
 * core types (as Jackson writes them): {@code /lot/testResults/3/value}, {@code /product/regimens/0/route},
 * {@code /lot/evCharacterisation/markers/2/outcome}, {@code /product/source/identity/markers/0/percentPositive}.
 * A finding about something absent points at the place where it was looked for (the list or the optional
 * property).
 */
package org.paracrine.validation;
