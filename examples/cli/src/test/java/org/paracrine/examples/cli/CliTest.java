package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.cli.SampleDataTest.DATA;
import static org.paracrine.examples.cli.SampleDataTest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.serialization.ParacrineJson;

class CliTest {

  private static String products() {
    return DATA.resolve("products").toString();
  }

  private static String specifications() {
    return DATA.resolve("specifications").toString();
  }

  @Test
  void aMalformedFileExitsWith3AndNamesTheProblem(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad-lot.json");
    Files.writeString(bad, "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L1\",\"productId\":\"bm-msc-ev-iv\","
        + "\"manufactureDate\":\"2025-13-01\",\"colour\":\"blue\"}");
    SampleDataTest.Run run = cli("check", products(), bad.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("bad-lot.json: 2 problems:").contains("/manufactureDate").contains("/colour");
  }

  @Test
  void aFileThatIsNotJsonExitsWith3(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("notes.json");
    Files.writeString(bad, "lot BMEV-25-001 passed");
    SampleDataTest.Run run = cli("check", bad.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("notes.json: 1 problem:").contains("SYNTAX");
  }

  @Test
  void aMissingPathExitsWith3() {
    SampleDataTest.Run run = cli("check", "no/such/dir");
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("no/such/dir: no such file or directory");
  }

  @Test
  void aLotWithoutItsProductIsBadInput() {
    SampleDataTest.Run run = cli("check", DATA.resolve("lots/01-bm-ev-iv-conforming.json").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("refers to product bm-msc-ev-iv@1, which is not among the inputs");
  }

  @Test
  void jsonFormatPrintsOneSerialisedReportPerLine() {
    SampleDataTest.Run run = cli("check", "--format", "json", products(), specifications(),
        DATA.resolve("lots").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.REJECTED);
    var lines = run.out.lines().toList();
    assertThat(lines).hasSize(14);
    ReleaseReport first = ParacrineJson.strict().readReport(lines.get(0));
    assertThat(first.lotId()).isEqualTo("BMEV-25-001");
    assertThat(first.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(run.err.lines().reduce((a, b) -> b).orElse("")).isEqualTo("{\"event\":\"summary\",\"checked\":14,"
        + "\"released\":7,\"rejected\":6,\"incomplete\":1,\"inputProblems\":0,\"skipped\":0}");
  }

  @Test
  void onlyIncompleteLotsExitWith2() {
    SampleDataTest.Run run = cli("check", products(), specifications(),
        DATA.resolve("lots/10-bm-ev-iv-no-mycoplasma-result.json").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.INCOMPLETE);
  }

  @Test
  void aChosenProfileLimitsTheCheck() {
    SampleDataTest.Run run = cli("check", "--profile", "paracrine.compendial-safety", products(),
        DATA.resolve("lots/07-lyo-ia-cd73-below-95.json").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.RELEASED);
    assertThat(run.out).contains("built-in profiles: paracrine.compendial-safety@2.1.0\n");
  }

  @Test
  void theOptInLotReleaseProfileJudgesExpiryOnTheCheckDateGiven() {
    String lot = DATA.resolve("lots/05-lyo-ia-conforming.json").toString(); // expiry 2027-06-15, 24-month storage
    SampleDataTest.Run onExpiry = cli("check", "--all", "--profile", "all", "--profile", "paracrine.lot-release",
        "--check-date", "2027-06-15", products(), lot);
    assertThat(onExpiry.exit).as(onExpiry.out + onExpiry.err).isEqualTo(ExitCodes.RELEASED);
    assertThat(onExpiry.out).contains("paracrine.lot-release@").contains("LOT.EXPIRY.PASS");
    SampleDataTest.Run dayAfter = cli("check", "--profile", "all", "--profile", "paracrine.lot-release",
        "--check-date", "2027-06-16", products(), lot);
    assertThat(dayAfter.exit).isEqualTo(ExitCodes.REJECTED);
    assertThat(dayAfter.out).contains("LOT.EXPIRY.OUT_OF_LIMIT");
    // without the opt-in profile the default set does not judge expiry
    SampleDataTest.Run defaults = cli("check", "--check-date", "2030-01-01", products(), lot);
    assertThat(defaults.exit).isEqualTo(ExitCodes.RELEASED);
    assertThat(defaults.out).doesNotContain("LOT.EXPIRY");
  }

  @Test
  void profilesListsTheOptInLotReleaseProfile() {
    SampleDataTest.Run run = cli("profiles");
    assertThat(run.out).contains("paracrine.lot-release@").contains("[opt-in: --profile paracrine.lot-release]");
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    SampleDataTest.Run run = cli("check", "--profile", "gmp-annex-1", products());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("unknown profile 'gmp-annex-1'").contains("paracrine.compendial-safety");
  }

  @Test
  void allListsPassingFindingsToo() {
    SampleDataTest.Run run = cli("check", "--all", products(), specifications(),
        DATA.resolve("lots/01-bm-ev-iv-conforming.json").toString());
    assertThat(run.out).contains("PASS    ERROR    COMPENDIAL.ENDOTOXIN.PASS");
  }

  @Test
  void schemaPrintsTheShippedSchema() {
    SampleDataTest.Run run = cli("schema", "lot");
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("\"$schema\"").contains("2020-12").contains("manufactureDate");
    assertThat(cli("schema", "invoice").exit).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void profilesListsEveryBuiltInProfileWithSources() {
    SampleDataTest.Run run = cli("profiles");
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("paracrine.isct-2006-msc-identity@2.0.0  ISCT").contains("[data]")
        .contains("10.1080/14653240600855905").contains("USP <85>");
  }

  @Test
  void profilesShowsThePurposeOfEachProfile() {
    String out = cli("profiles").out;
    String misev = out.substring(out.indexOf("paracrine.misev2018-minimal-characterisation@"));
    assertThat(misev.lines().skip(1).findFirst().orElse(""))
        .isEqualTo("    purpose: CHARACTERISATION (default severity WARNING)");
    String compendial = out.substring(out.indexOf("paracrine.compendial-safety@"));
    assertThat(compendial.lines().skip(1).findFirst().orElse(""))
        .isEqualTo("    purpose: RELEASE (default severity ERROR)");
  }

  @Test
  void profilesShowPrintsADataProfileAsASpecificationThatReadsBack() {
    SampleDataTest.Run run = cli("profiles", "--show", "paracrine.compendial-safety");
    assertThat(run.exit).isZero();
    org.paracrine.core.spec.ReleaseSpecification spec = org.paracrine.serialization.ParacrineJson.strict()
        .readSpecification(run.out);
    assertThat(spec.id()).isEqualTo("paracrine.compendial-safety");
    assertThat(spec.criteria()).extracting(org.paracrine.core.spec.AcceptanceCriterion::id)
        .containsExactly("sterility", "mycoplasma", "sterility-method", "sterility-incubation",
            "sterility-rapid-validated", "mycoplasma-nat-lod-cfu", "mycoplasma-nat-lod-genome-copies",
            "mycoplasma-sampling", "endotoxin");
    assertThat(run.out).contains("\"function\": \"usp85-endotoxin\"").contains("\"kind\": \"specification\"");
  }

  @Test
  void everyDataProfilePrintedByProfilesShowReadsBackAsTheSameSpecification() {
    for (org.paracrine.validation.ReleaseProfile p : org.paracrine.validation.profiles.BuiltInProfiles.all()) {
      if (p.specification().isEmpty()) {
        continue;
      }
      SampleDataTest.Run run = cli("profiles", "--show", p.id());
      assertThat(run.exit).as(p.id()).isZero();
      assertThat(org.paracrine.serialization.ParacrineJson.strict().readSpecification(run.out)).as(p.id())
          .isEqualTo(p.specification().get());
    }
    SampleDataTest.Run donor = cli("profiles", "--show", "paracrine.donor-eligibility-21cfr1271");
    assertThat(donor.out).contains("\"function\": \"cfr1271-80-specimen-window\"")
        .contains("\"recoveryFrom\": \"--06-01\"").contains("\"kind\": \"DONOR_SPECIMEN_TIMING\"");
  }

  @Test
  void profilesShowRefusesAnUnknownIdWithoutEchoingControlCharacters() {
    SampleDataTest.Run run = cli("profiles", "--show", "nope\nFORGED");
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("no built-in profile has the id \"nope\\u000aFORGED\"");
    assertThat(run.out).isEmpty();
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(cli().exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(cli("check").exit).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
