/**
 * The secretome product: identity and type, source, process, formulation and dosing regimens with route and
 * schedule.
 */
@ParacrineStyle
package org.paracrine.core.product;

import org.paracrine.core.internal.ParacrineStyle;
