/**
 * Vietnamese text normalization, segmentation and article structure. Internal: not exported.
 *
 * <p>Extractors match on the normalized form ({@link io.github.doingoai.internal.text.NormalizedText#text()})
 * and report offsets into the caller's original string through the offset map it carries.
 */
package io.github.doingoai.internal.text;
