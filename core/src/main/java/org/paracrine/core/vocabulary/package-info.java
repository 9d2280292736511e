/**
 * Controlled vocabularies (enums implementing {@link org.paracrine.core.vocabulary.Vocabulary}) with codes,
 * labels and ontology identifiers (UBERON, CL, HGNC, EDQM), and {@link org.paracrine.core.vocabulary.Term}, which
 * keeps codes unknown to this version.
 */
package org.paracrine.core.vocabulary;
