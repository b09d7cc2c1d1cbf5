package io.github.doingoai.internal.extract.pillar;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import java.util.List;

/** Finds foreign-affairs pillars, numbered priorities and strategies. Built once; thread-safe. */
public final class PillarExtractor {

  /** What this extractor finds in one article. */
  public record Result(List<StrategicPillar> pillars, List<PriorityList> priorities, List<Strategy> strategies) {}

  public PillarExtractor(Gazetteer gazetteer) {}

  public Result extract(ArticleContext ctx) {
    return new Result(List.of(), List.of(), List.of());
  }
}
