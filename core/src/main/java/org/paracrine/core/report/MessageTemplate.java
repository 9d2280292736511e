package org.paracrine.core.report;

/**
 * A message text with numbered placeholders, formatted from arguments when a finding's message is first read (see
 * {@link FindingDraft#message(MessageTemplate, Object...)}). A release check gives every finding a message, and
 * most reports are only looked at for their verdict and failures, so the engine keeps a template and its
 * arguments instead of the text.
 *
 * <p>Implementations are immutable and thread-safe, and {@link #format} is a pure function of its arguments:
 * the same arguments always give the same text.
 */
public interface MessageTemplate {

  /**
   * Formats the message.
   *
   * @param args the arguments, which are immutable values or strings; {@code {0}} takes the first
   * @return the text
   */
  String format(Object... args);

  /**
   * Tells whether every text {@link #format} gives has a character that is not white space, whatever the
   * arguments (for instance because a literal part of the template has one). When this is false a finding formats
   * its message when it is built, to check that it is not blank.
   *
   * @return true if no formatted text can be blank
   */
  boolean neverBlank();
}
