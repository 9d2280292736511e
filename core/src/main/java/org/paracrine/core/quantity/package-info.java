/**
 * Exact quantities with UCUM units ({@link org.paracrine.core.quantity.Quantity}), ranges with inclusive or
 * exclusive bounds ({@link org.paracrine.core.quantity.QuantityRange}) and dose arithmetic
 * ({@link org.paracrine.core.quantity.DoseCalculator}).
 */
@ParacrineStyle
package org.paracrine.core.quantity;

import org.paracrine.core.internal.ParacrineStyle;
