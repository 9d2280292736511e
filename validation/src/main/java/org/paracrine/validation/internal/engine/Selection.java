package org.paracrine.validation.internal.engine;

import java.util.List;

/**
 * What a selector found: the values (after the method filter), the values it set aside because their method is not
 * allowed, and the pointer to report when nothing was found.
 *
 * @param values the selected values, in record order
 * @param methodRejected values whose method is not among the allowed methods
 * @param emptyPointer where the values were looked for
 */
public record Selection(List<Selected> values, List<Selected> methodRejected, String emptyPointer) {}
