/**
 * The bioprocess: expansion, conditioning (medium, supplement, O2, culture format, priming, duration, harvest
 * viability), downstream steps and storage. Every parameter the reviews report as changing the secretome is a
 * typed field (Chouaib B et al., IJMS 2023;24:12594; Ferreira JR et al., Front Immunol 2018;9:2837; the full list
 * of sources is in docs/sources.md).
 */
@ParacrineStyle
package org.paracrine.core.process;

import org.paracrine.core.internal.ParacrineStyle;
