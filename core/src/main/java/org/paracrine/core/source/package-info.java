/**
 * Starting material of a secretome product: cultured MSCs with their tissue of origin, donor and donor
 * eligibility (21 CFR 1271 subpart C), cell bank and passage, and MSC identity (ISCT 2006), or a native biofluid.
 */
@ParacrineStyle
package org.paracrine.core.source;

import org.paracrine.core.internal.ParacrineStyle;
