package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * A controlled term: an enum constant with a stable code, a human-readable display text and, where one exists,
 * an identifier in a public ontology or terminology.
 *
 * <p>Identifiers use CURIE form: {@code UBERON:0002371} (anatomy), {@code CL:0002540} (Cell Ontology),
 * {@code HGNC:1709} (human genes), {@code EDQM:20045000} (EDQM Standard Terms routes and dose forms). Only
 * identifiers confirmed in the ontology or terminology itself are given (docs/sources.md names where each was
 * checked); others are empty rather than guessed.
 *
 * <p>Values read from records are wrapped in {@link Term}, which also keeps codes this version does not know.
 */
public interface Vocabulary {
  /**
   * Returns the stable code written in records.
   *
   * @return the code, never blank
   */
  String code();

  /**
   * Returns the human-readable label.
   *
   * @return the label
   */
  String display();

  /**
   * Returns the ontology or terminology identifier, if one is confirmed.
   *
   * @return CURIE such as {@code UBERON:0002371}, or empty
   */
  Optional<String> ontologyId();
}
