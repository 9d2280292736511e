/**
 * Documents for QA reviewers: the certificate of analysis of a checked lot ({@link
 * org.paracrine.documents.Certificates}, HTML or PDF) and control charts of lot-to-lot consistency criteria
 * ({@link org.paracrine.documents.ControlCharts}, SVG and PNG). Everything returns bytes; nothing writes files.
 */
package org.paracrine.documents;
