/**
 * Electronic signatures on release reports: {@link org.paracrine.signature.ReportSigning#sign} adds a
 * {@link org.paracrine.core.report.ReportSignature} (signer, time, meaning as 21 CFR 11.50(a) requires) holding a
 * detached JWS (RFC 7515 appendix F, unencoded payload RFC 7797) over the canonical form of the report;
 * {@link org.paracrine.signature.ReportSigning#verify} checks every signature and says why one fails. Keys come
 * from a PKCS#12 keystore or a JWK ({@link org.paracrine.signature.SigningKey},
 * {@link org.paracrine.signature.VerificationKey}). Uses Nimbus JOSE+JWT.
 */
package org.paracrine.signature;
