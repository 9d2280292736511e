/**
 * Lot-to-lot consistency of secretome composition: reference statistics ({@link
 * org.paracrine.validation.consistency.SummaryStatistics}), the Nelson / Western Electric control-chart tests
 * ({@link org.paracrine.validation.consistency.ControlChart}) and the comparison of a new lot with a reference series
 * ({@link org.paracrine.validation.consistency.ConsistencyAnalyzer}).
 */
package org.paracrine.validation.consistency;
