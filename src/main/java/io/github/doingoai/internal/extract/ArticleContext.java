package io.github.doingoai.internal.extract;

import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.text.ArticleStructure;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.TemporalExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known about one article while the pipeline runs. Each stage reads what earlier stages
 * found and records its own results; confined to the thread that extracts the article.
 *
 * <p>Results carry spans into the caller's original text; {@link NormalizedText#toNormalized(int)}
 * maps a span's start back to the normalized text that extractors match on.
 */
public final class ArticleContext {
  private final NormalizedText text;
  private final ArticleStructure structure;
  private final LocalDate reference;
  private final Gazetteer gazetteer;
  /** The words of the lower-case text, read on first use. */
  private ArticleWords words;

  private List<TemporalExpression> dates = List.of();
  private List<Official> officials = List.of();
  private List<DocumentRef> documents = List.of();
  private List<Meeting> meetings = List.of();
  private List<Meeting> recalledMeetings = List.of();
  private List<Agreement> agreements = List.of();

  public ArticleContext(NormalizedText text, ArticleStructure structure, LocalDate reference, Gazetteer gazetteer) {
    this.text = text;
    this.structure = structure;
    this.reference = reference;
    this.gazetteer = gazetteer;
  }

  public NormalizedText text() {
    return text;
  }

  /**
   * The words of {@link NormalizedText#lower()}, read once for every stage that looks phrases up
   * by their first word. Built on first use: the context is confined to one thread.
   */
  public ArticleWords words() {
    ArticleWords w = words;
    if (w == null) {
      w = ArticleWords.of(text.lower());
      words = w;
    }
    return w;
  }

  public ArticleStructure structure() {
    return structure;
  }

  /**
   * The date relative expressions resolve against: the article's own byline date when it has
   * one, else the caller's reference date, else {@code null}.
   */
  public LocalDate reference() {
    return reference;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public List<TemporalExpression> dates() {
    return dates;
  }

  public void dates(List<TemporalExpression> v) {
    dates = List.copyOf(v);
  }

  public List<Official> officials() {
    return officials;
  }

  public void officials(List<Official> v) {
    officials = List.copyOf(v);
  }

  public List<DocumentRef> documents() {
    return documents;
  }

  public void documents(List<DocumentRef> v) {
    documents = List.copyOf(v);
  }

  public List<Meeting> meetings() {
    return meetings;
  }

  public void meetings(List<Meeting> v) {
    meetings = List.copyOf(v);
  }

  public List<Meeting> recalledMeetings() {
    return recalledMeetings;
  }

  public void recalledMeetings(List<Meeting> v) {
    recalledMeetings = List.copyOf(v);
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public void agreements(List<Agreement> v) {
    agreements = List.copyOf(v);
  }
}
