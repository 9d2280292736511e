/**
 * EV characterisation following MISEV2018/MISEV2023: starting material, global quantification (particles,
 * protein, lipid), size distribution, markers by MISEV category, single-vesicle imaging and integrity.
 */
@ParacrineStyle
package org.paracrine.core.ev;

import org.paracrine.core.internal.ParacrineStyle;
