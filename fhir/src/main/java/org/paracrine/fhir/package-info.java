/**
 * HL7 FHIR R5 export of Paracrine products, release specifications and batch analyses, after the HL7
 * Pharmaceutical Quality (Industry) implementation guide; entry point {@link org.paracrine.fhir.FhirExport}.
 */
package org.paracrine.fhir;
