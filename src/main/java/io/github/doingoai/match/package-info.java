/**
 * The cross-article event matcher: groups the extractions of many articles into real-world events
 * ({@link io.github.doingoai.match.EventIndex}), with one identity per official
 * ({@link io.github.doingoai.match.OfficialRegistry}) and per agreement
 * ({@link io.github.doingoai.match.AgreementRegistry}) across the collection. Decisions come from
 * weighted, explained evidence ({@link io.github.doingoai.match.EvidenceKind},
 * {@link io.github.doingoai.match.MatchDecision}); configure with
 * {@link io.github.doingoai.Doingoai#matcher()}.
 */
package io.github.doingoai.match;
