/**
 * Release specifications as data: {@link org.paracrine.core.spec.ReleaseSpecification} with
 * {@link org.paracrine.core.spec.AcceptanceCriterion} entries, each citing its source.
 */
@ParacrineStyle
package org.paracrine.core.spec;

import org.paracrine.core.internal.ParacrineStyle;
