/**
 * Assay results shared by cells, EVs and lots: {@link org.paracrine.core.assay.Measurement} (a value with method
 * and detection limits), {@link org.paracrine.core.assay.MarkerResult} and
 * {@link org.paracrine.core.assay.TestResult}.
 */
@ParacrineStyle
package org.paracrine.core.assay;

import org.paracrine.core.internal.ParacrineStyle;
