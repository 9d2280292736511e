/** Manufactured lots with their lineage, donor, identity, EV characterisation and test results. */
@ParacrineStyle
package org.paracrine.core.lot;

import org.paracrine.core.internal.ParacrineStyle;
