/**
 * Release reports and findings as immutable values: {@link org.paracrine.core.report.ReleaseReport} with its
 * {@link org.paracrine.core.report.Verdict}, {@link org.paracrine.core.report.Finding}s located by JSON Pointer,
 * and reporting-completeness scores kept beside (never inside) the verdict.
 */
@ParacrineStyle
package org.paracrine.core.report;

import org.paracrine.core.internal.ParacrineStyle;
