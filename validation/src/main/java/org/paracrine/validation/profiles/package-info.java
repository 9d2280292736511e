/**
 * Built-in release profiles, each named and versioned, with parameters whose defaults cite their source (guideline,
 * pharmacopoeia chapter, regulation, paper with DOI). Every built-in profile is data ({@code AbstractDataProfile}: a
 * cited specification evaluated by the common criterion engine, shipped as a document in this jar and returned by
 * {@link org.paracrine.validation.profiles.BuiltInProfiles#document(String)}). Obtain them from
 * {@link org.paracrine.validation.profiles.BuiltInProfiles}; override a default through the profile's parameter
 * type, e.g. {@code CompendialSafetyProfile.of(CompendialSafetyParameters.builder().bodyMass(q).build())}.
 *
 * <p>Which profile applies to which product is decided by each profile and documented on it (and summarised in
 * {@link org.paracrine.validation.profiles.BuiltInProfiles}); a profile that does not apply says why in a
 * {@code PROFILE.NOT_APPLICABLE} finding.
 */
@ParameterStyle
package org.paracrine.validation.profiles;

import org.paracrine.validation.internal.ParameterStyle;
