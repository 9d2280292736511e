/**
 * The one criterion engine: selectors resolved to values with JSON Pointers, one comparison of a value with a limit,
 * one mapping of censored, missing and incomparable values to outcomes, quantifiers, scopes and computed limits.
 * Internal: not part of the API.
 */
package org.paracrine.validation.internal.engine;
