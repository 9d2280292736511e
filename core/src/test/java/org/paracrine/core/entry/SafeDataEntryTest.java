package org.paracrine.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.InvalidUnitException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.Units;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.Term.UnknownCodes;
import org.paracrine.core.vocabulary.Vocabulary;

/** Typos in codes and units are caught with a suggestion; builders report every broken invariant at once. */
class SafeDataEntryTest {

  @Test
  void aCodeThatDiffersFromAKnownCodeOnlyByPunctuationIsRefusedWithTheKnownCode() {
    assertThatThrownBy(() -> Term.parse(RouteOfAdministration.class, "intraarticular",
        UnknownCodes.REFUSE_NEAR_MISSES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown RouteOfAdministration code \"intraarticular\": did you mean"
            + " \"intra-articular\"?");
  }

  @Test
  void oneTypingErrorInALongCodeAndADifferenceInCaseAreNearMisses() {
    assertThat(Term.nearMiss(RouteOfAdministration.class, "intravenus")).contains(RouteOfAdministration.INTRAVENOUS);
    assertThat(Term.nearMiss(RouteOfAdministration.class, "Intravenous"))
        .contains(RouteOfAdministration.INTRAVENOUS);
    assertThat(Term.nearMiss(RouteOfAdministration.class, "subcutanous"))
        .contains(RouteOfAdministration.SUBCUTANEOUS);
    assertThat(Term.nearMiss(QualityAttribute.class, "endotoxins")).contains(QualityAttribute.ENDOTOXIN);
  }

  @Test
  void codesFarFromEveryKnownCodeAreStillKeptAsNewTerms() {
    Term<RouteOfAdministration> t = Term.parse(RouteOfAdministration.class, "intranodal-lymphatic",
        UnknownCodes.REFUSE_NEAR_MISSES);
    assertThat(t.isKnown()).isFalse();
    assertThat(t.code()).isEqualTo("intranodal-lymphatic");
    // digits name different things: a new marker CD82 is not a misspelling of CD81
    assertThat(Term.parse(Marker.class, "CD82", UnknownCodes.REFUSE_NEAR_MISSES).code()).isEqualTo("CD82");
  }

  @Test
  void theDefaultParseKeepsNearMissesSoThatLenientReadingLosesNothing() {
    Term<RouteOfAdministration> t = Term.parse(RouteOfAdministration.class, "intraarticular");
    assertThat(t.isKnown()).isFalse();
    assertThat(Term.parse(RouteOfAdministration.class, "intraarticular", UnknownCodes.KEEP).code())
        .isEqualTo("intraarticular");
    assertThat(Term.parse(RouteOfAdministration.class, "intra-articular", UnknownCodes.REFUSE_NEAR_MISSES)
        .is(RouteOfAdministration.INTRA_ARTICULAR)).isTrue();
  }

  @Test
  void noTwoKnownCodesOfAnyVocabularyAreNearMissesOfEachOther() throws IOException, URISyntaxException {
    List<String> clashes = new ArrayList<>();
    int vocabularies = 0;
    for (Class<? extends Enum<?>> vocabulary : vocabularies()) {
      vocabularies++;
      Enum<?>[] all = vocabulary.getEnumConstants();
      for (int i = 0; i < all.length; i++) {
        for (int j = i + 1; j < all.length; j++) {
          String x = ((Vocabulary) all[i]).code();
          String y = ((Vocabulary) all[j]).code();
          if (org.paracrine.core.internal.NearMiss.isNearMiss(x, y)) {
            clashes.add(vocabulary.getSimpleName() + ": " + x + " ~ " + y);
          }
        }
      }
    }
    assertThat(vocabularies).isGreaterThan(20);
    assertThat(clashes).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> vocabularies() throws IOException, URISyntaxException {
    Path dir = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/paracrine/core/vocabulary");
    List<Class<? extends Enum<?>>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        try {
          Class<?> c = Class.forName("org.paracrine.core.vocabulary." + name.replace(".class", ""));
          if (c.isEnum() && Vocabulary.class.isAssignableFrom(c)) {
            out.add((Class<? extends Enum<?>>) c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  @Test
  void commonLaboratoryUnitSpellingsAreRefusedWithTheirUcumSpelling() {
    assertThat(suggestion("°C")).isEqualTo("Cel");
    assertThat(suggestion("µm")).isEqualTo("um");
    assertThat(suggestion("μL")).isEqualTo("uL");
    assertThat(suggestion("µg/mL")).isEqualTo("ug/mL");
    assertThat(suggestion("mOsm/kg")).isEqualTo("mosm/kg");
    assertThat(suggestion("IU/mL")).isEqualTo("[IU]/mL");
    assertThat(suggestion("EU/µL")).isEqualTo("[IU]/uL");
    assertThat(suggestion("cells/mL")).isEqualTo("{cells}/mL");
    assertThatThrownBy(() -> Quantity.of(37, "°C")).hasMessageContaining("did you mean 'Cel'?")
        .hasMessageContaining("UCUM writes degree Celsius as Cel");
  }

  @Test
  void aUnitWithNoKnownLaboratorySpellingGetsNoSuggestion() {
    InvalidUnitException e = catchThrowableOfType(InvalidUnitException.class, () -> Quantity.of(1, "widgets/mL"));
    assertThat(e.suggestion()).isEmpty();
  }

  @Test
  void endotoxinInEuIsExaEnzymeUnitsInUcumAndTheMessageSaysToWriteIu() {
    InvalidUnitException e = catchThrowableOfType(InvalidUnitException.class,
        () -> Units.requireEndotoxinUnit("EU/mL"));
    assertThat(e.suggestion()).contains("[IU]/mL");
    assertThat(e).hasMessageContaining("exa-prefixed enzyme unit").hasMessageContaining("did you mean '[IU]/mL'?");
  }

  private static String suggestion(String unit) {
    InvalidUnitException e = catchThrowableOfType(InvalidUnitException.class, () -> Quantity.of(1, unit));
    assertThat(e).as("%s is refused", unit).isNotNull();
    return e.suggestion().orElse(null);
  }

  @Test
  void aBuilderReportsEveryBrokenInvariantOfTheValueAtOnce() {
    InvariantViolationException e = catchThrowableOfType(InvariantViolationException.class,
        () -> Lot.builder().id("L1").productId(" ").manufactureDate(LocalDate.of(2025, 2, 1))
            .expiryDate(LocalDate.of(2025, 1, 1)).addParentLot("L1").build());
    assertThat(e.violations()).extracting(InvariantViolationException.Violation::attribute)
        .containsExactly("productId", "expiryDate", "parentLots");
    assertThat(e).hasMessage("Lot: 3 invariants broken: Lot.productId: was \" \", expected a non-blank text;"
        + " Lot.expiryDate: was 2025-01-01, expected a date on or after manufactureDate 2025-02-01;"
        + " Lot.parentLots: was [L1], expected parent lots other than the lot itself (L1)");
    assertThat(e.attribute()).isEqualTo("productId");
  }

  @Test
  void aSingleBrokenInvariantKeepsTheOneViolationMessage() {
    InvariantViolationException e = catchThrowableOfType(InvariantViolationException.class,
        () -> Lot.builder().id("L1").productId("P").manufactureDate(LocalDate.of(2025, 2, 1))
            .expiryDate(LocalDate.of(2025, 1, 1)).build());
    assertThat(e.violations()).hasSize(1);
    assertThat(e).hasMessage("Lot.expiryDate: was 2025-01-01, expected a date on or after manufactureDate"
        + " 2025-02-01");
  }
}
