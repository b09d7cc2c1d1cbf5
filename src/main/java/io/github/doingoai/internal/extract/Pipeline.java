package io.github.doingoai.internal.extract;

import io.github.doingoai.internal.extract.agreement.AgreementExtractor;
import io.github.doingoai.internal.extract.document.DocumentExtractor;
import io.github.doingoai.internal.extract.meeting.MeetingExtractor;
import io.github.doingoai.internal.extract.official.OfficialExtractor;
import io.github.doingoai.internal.extract.pillar.PillarExtractor;
import io.github.doingoai.internal.extract.time.TemporalExtractor;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.LegacyEncoding;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.Author;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs every extractor over one article. Built once per extractor; thread-safe. */
public final class Pipeline {
  private final Gazetteer gazetteer;
  private final TemporalExtractor dates;
  private final OfficialExtractor officials;
  private final DocumentExtractor documents;
  private final MeetingExtractor meetings;
  private final AgreementExtractor agreements;
  private final PillarExtractor pillars;

  public Pipeline(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.dates = new TemporalExtractor(gazetteer);
    this.officials = new OfficialExtractor(gazetteer);
    this.documents = new DocumentExtractor(gazetteer);
    this.meetings = new MeetingExtractor(gazetteer);
    this.agreements = new AgreementExtractor(gazetteer);
    this.pillars = new PillarExtractor(gazetteer);
  }

  /** Extracts one article; {@code reference} may be {@code null}. */
  public Extraction run(String original, LocalDate reference) {
    return run(original, reference, LegacyEncoding.detect(original));
  }

  /** As {@link #run(String, LocalDate)}, with the verdict of {@link LegacyEncoding#detect} on {@code original}. */
  public Extraction run(String original, LocalDate reference, LegacyEncoding.Verdict verdict) {
    NormalizedText text = VietnameseNormalizer.instance().normalize(original, verdict);
    ArticleStructure structure = ArticleStructure.of(text, gazetteer.boilerplate());
    PartialDate byline = structure.published();
    LocalDate effective = byline != null && byline.isComplete() ? byline.toLocalDate().orElse(reference) : reference;
    PartialDate published = byline != null ? byline : reference == null ? null : PartialDate.of(reference);

    ArticleContext ctx = new ArticleContext(text, structure, effective, gazetteer);
    ctx.dates(dates.extract(ctx));
    ctx.officials(officials.extract(ctx));
    ctx.documents(documents.extract(ctx));
    meetings.extract(ctx);
    ctx.agreements(agreements.extract(ctx));
    PillarExtractor.Result p = pillars.extract(ctx);

    String title = null;
    if (structure.titleBlock() >= 0) {
      var b = structure.blocks().get(structure.titleBlock());
      title = text.span(b.start(), b.end()).text();
    }
    List<Author> authors = new ArrayList<>();
    java.util.Set<String> seenAuthors = new java.util.HashSet<>();
    for (ArticleStructure.AuthorRef a : structure.authors()) {
      var span = text.span(a.start(), a.end());
      // one entry per person: a reporter named in the byline and again under the article is one author
      if (seenAuthors.add(text.text().substring(a.start(), a.end()))) {
        authors.add(new Author(span.text(), span));
      }
    }
    return new Extraction(null, published, title, ctx.officials(), ctx.meetings(), ctx.recalledMeetings(),
        ctx.agreements(), p.pillars(), p.priorities(), p.strategies(), ctx.documents(), ctx.dates(), authors,
        text.warnings());
  }
}
