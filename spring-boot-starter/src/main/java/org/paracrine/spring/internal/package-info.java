/** Implementation of the starter; not an API, may change without notice. */
package org.paracrine.spring.internal;
