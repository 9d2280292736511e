/**
 * Reference records built from published products and trials (docs/sources.md): ready-made examples of how a
 * real product is described, used by Paracrine's own tests and examples and as templates for users.
 */
package org.paracrine.core.samples;
