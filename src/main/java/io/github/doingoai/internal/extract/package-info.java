/**
 * The extraction pipeline: one {@link io.github.doingoai.internal.extract.ArticleContext} per
 * article flows through the extractors of the sub-packages, in order: dates, officials, documents,
 * meetings, agreements, pillars. Internal: not exported.
 */
package io.github.doingoai.internal.extract;
