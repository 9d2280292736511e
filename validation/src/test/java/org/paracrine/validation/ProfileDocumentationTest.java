package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.paracrine.validation.profiles.CompendialSafetyProfile;

/**
 * {@code docs/profiles.md} is generated from the built-in profiles' data, so the documented criteria, codes and
 * finding counts cannot drift from what the engine does. Regenerate with {@code -Dparacrine.regenerate=true}.
 */
class ProfileDocumentationTest {
  private static final Path DOC = Path.of("..", "docs", "profiles.md");

  @Test
  void theCommittedProfileDocumentationIsGeneratedFromTheProfileData() throws IOException {
    java.util.List<org.paracrine.validation.ReleaseProfile> documented = new java.util.ArrayList<>(
        BuiltInProfiles.all());
    // the lot-release profile is built in but added by the user; documented with every residual rule switched on
    java.util.Set<org.paracrine.core.vocabulary.ProductType> every = java.util.EnumSet.allOf(
        org.paracrine.core.vocabulary.ProductType.class);
    documented.add(org.paracrine.validation.profiles.LotReleaseProfile.of(
        org.paracrine.validation.profiles.LotReleaseParameters.builder().residualDnaFor(every)
            .adventitiousAgentsFor(every).residualAntibioticsFor(every).subvisibleParticlesFor(every).build()));
    String generated = FindingCodes.markdown(documented);
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/profiles.md is stale: rebuild with -Dparacrine.regenerate=true").isEqualTo(generated);
  }

  @Test
  void theCodesOfADataProfileAreItsCriteriasStemsWithTheirResults() {
    ReleaseSpecification spec = CompendialSafetyProfile.withDefaults().specification().orElseThrow();
    assertThat(FindingCodes.of(spec)).contains("COMPENDIAL.STERILITY.PASS",
        "COMPENDIAL.STERILITY.OUTCOME_NOT_ACCEPTABLE", "COMPENDIAL.STERILITY.MISSING",
        "COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT", "COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED",
        "COMPENDIAL.ENDOTOXIN.CENSORED_INCONCLUSIVE").doesNotContain("COMPENDIAL.STERILITY.OUT_OF_LIMIT");
  }
}
