/** Implementation of the documents module: not API, may change without notice. */
package org.paracrine.documents.internal;
