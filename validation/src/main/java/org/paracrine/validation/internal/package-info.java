/** Implementation of the validation module; not part of the API and may change without notice. */
package org.paracrine.validation.internal;
