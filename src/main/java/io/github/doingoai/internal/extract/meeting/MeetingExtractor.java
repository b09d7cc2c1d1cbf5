package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;

/** Finds the meetings an article reports, and those it only recalls. Built once; thread-safe. */
public final class MeetingExtractor {

  public MeetingExtractor(Gazetteer gazetteer) {}

  /** Records {@code ctx.meetings(...)} and {@code ctx.recalledMeetings(...)}. */
  public void extract(ArticleContext ctx) {}
}
