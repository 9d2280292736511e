/** Implementation of the FHIR mapping; not part of the public API. */
package org.paracrine.fhir.internal;
