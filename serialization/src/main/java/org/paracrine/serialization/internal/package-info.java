/** Implementation of the record format; not API, may change without notice. */
package org.paracrine.serialization.internal;
