/**
 * The bioprocess: expansion, conditioning (medium, supplement, O2, culture format, priming, duration, harvest
 * viability), downstream steps and storage. Every parameter the reviews report as changing the secretome is a
 * typed field (domain brief §7).
 */
@ParacrineStyle
package org.paracrine.core.process;

import org.paracrine.core.internal.ParacrineStyle;
