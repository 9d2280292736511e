package org.paracrine.core.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.TissueSource;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The starting material of a product: cultured MSCs (with tissue of origin, donor, cell bank and identity) or a
 * native biofluid processed without culture (e.g. acellular amniotic fluid).
 *
 * <p>Missing information (no tissue of origin for cultured MSCs, no donor eligibility) is not an invariant
 * violation: the record can still be written and read, and the release engine reports it as incomplete. The ISCT
 * nomenclature statement (Viswanathan S et al., Cytotherapy 2019;21:1019) asks for the tissue of origin and for
 * evidence behind any "stem cell" claim ({@link #stemCellClaim()}, {@link #stemnessEvidence()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceMaterial.class)
@JsonDeserialize(as = ImmutableSourceMaterial.class)
public abstract class SourceMaterial {
  SourceMaterial() {}

  /**
   * Returns the kind of starting material.
   *
   * @return cultured cells or native biofluid
   */
  public abstract Term<SourceMaterialType> type();

  /**
   * Returns the tissue of origin (of the cells, or of the biofluid).
   *
   * @return the tissue, or empty if not reported
   */
  public abstract Optional<Term<TissueSource>> tissue();

  /**
   * Returns the donor.
   *
   * @return the donor, or empty
   */
  public abstract Optional<@Valid Donor> donor();

  /**
   * Returns the cell bank the producing cells came from.
   *
   * @return the cell bank, or empty (e.g. for a native biofluid)
   */
  public abstract Optional<@Valid CellBank> cellBank();

  /**
   * Returns MSC identity results for the producing cells.
   *
   * @return identity results, or empty
   */
  public abstract Optional<MscIdentity> identity();

  /**
   * Returns how cells were derived when not isolated from a tissue (e.g. the iPSC line and protocol).
   *
   * @return the derivation, or empty
   */
  public abstract Optional<@Size(max = 1000) String> derivation();

  /**
   * Tells whether the product calls its cells "stem" cells (rather than stromal cells).
   *
   * @return true if a stemness claim is made; default false
   */
  @Value.Default
  public boolean stemCellClaim() {
    return false;
  }

  /**
   * Returns the evidence cited for a stemness claim (self-renewal, differentiation assays).
   *
   * @return evidence descriptions, possibly empty
   */
  public abstract List<String> stemnessEvidence();

  /**
   * Returns a free-text description.
   *
   * @return the description, or empty
   */
  public abstract Optional<@Size(max = 4000) String> description();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSourceMaterial.Builder builder() {
    return ImmutableSourceMaterial.builder();
  }
}
