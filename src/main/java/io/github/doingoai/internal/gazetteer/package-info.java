/** Curated data: loading the resource files and matching their phrases in text. Internal: not exported. */
package io.github.doingoai.internal.gazetteer;
