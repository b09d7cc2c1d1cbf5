package io.github.doingoai.internal.extract.pillar;

import io.github.doingoai.DataKind;
import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.extract.GatedPhrases;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.model.Pillar;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Span;
import io.github.doingoai.model.StrategicPillar;
import io.github.doingoai.model.Strategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds foreign-affairs pillars, numbered priorities and strategies. Built once; thread-safe.
 *
 * <p>Pillars come from the curated wordings of {@code pillars.tsv} (longest match wins, so a
 * {@code NEGATIVE} phrase hides the wording inside it), plus the members of a list that shares one
 * head: in {@code đối ngoại Đảng, chính quyền và nhân dân} each bare modifier is tried with the
 * head {@code đối ngoại} put back.
 */
public final class PillarExtractor {

  /** What this extractor finds in one article. */
  public record Result(List<StrategicPillar> pillars, List<PriorityList> priorities, List<Strategy> strategies) {}

  /** A pillar wording found at normalized {@code [start, end)}. */
  record PillarHit(int start, int end, Pillar pillar) {}

  private static final String NEGATIVE = "NEGATIVE";
  private static final List<String> SHARED_HEADS = List.of("đối ngoại ", "ngoại giao ");
  /** Between members of a list: a comma, "và", or both. */
  private static final Pattern LIST_GLUE = Pattern.compile("\\G(?:,\\s?và\\s|,\\s|\\svà\\s|\\scùng\\s)");
  private static final Pattern STRATEGY = Pattern.compile(
      "Chiến lược((?:\\s[^\\s.;,:!?()\"]{1,20}){1,12}?)\\s(?:đến|tới)\\s(?:năm\\s)?(\\d{4})(?!\\d)"
          + "(?:,?\\s(?:và\\s)?tầm nhìn\\s(?:đến|tới)\\s(?:năm\\s)?(\\d{4})(?!\\d))?");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final GatedPhrases<LexiconEntry> index;
  private final PriorityFinder priorities;

  public PillarExtractor(Gazetteer gazetteer) {
    this.index = GatedPhrases.of(gazetteer, DataKind.PILLARS);
    this.priorities = new PriorityFinder(gazetteer);
  }

  public Result extract(ArticleContext ctx) {
    List<PillarHit> hits = pillarHits(ctx);
    NormalizedText t = ctx.text();
    Map<Pillar, List<Span>> evidence = new EnumMap<>(Pillar.class);
    Map<Pillar, Integer> first = new EnumMap<>(Pillar.class);
    for (PillarHit h : hits) {
      evidence.computeIfAbsent(h.pillar(), p -> new ArrayList<>()).add(t.span(h.start(), h.end()));
      first.putIfAbsent(h.pillar(), h.start());
    }
    List<StrategicPillar> pillars = new ArrayList<>();
    first.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> pillars.add(new StrategicPillar(e.getKey(), evidence.get(e.getKey()))));
    return new Result(pillars, priorities.find(ctx, hits), strategies(ctx));
  }

  /** Every pillar wording in the article's content, in text order. */
  List<PillarHit> pillarHits(ArticleContext ctx) {
    NormalizedText t = ctx.text();
    String lower = t.lower();
    List<PillarHit> out = new ArrayList<>();
    ArticleWords words = ctx.words();
    for (var s : ctx.structure().sentences()) {
      int i = s.start();
      for (PhraseIndex.Hit<LexiconEntry> h : index.findAll(words, s.start(), s.end())) {
        if (h.start() < i || !ctx.structure().isContent(h.start()) || h.value().kind().equals(NEGATIVE)) {
          continue;
        }
        out.add(new PillarHit(h.start(), h.end(), Pillar.valueOf(h.value().kind())));
        i = elided(lower, h, s.end(), out);
      }
    }
    return out;
  }

  /** Adds the bare members that follow a headed wording; returns where the list ends. */
  private int elided(String lower, PhraseIndex.Hit<LexiconEntry> h, int limit, List<PillarHit> out) {
    String matched = lower.substring(h.start(), h.end());
    String head = null;
    for (String candidate : SHARED_HEADS) {
      if (matched.startsWith(candidate)) {
        head = candidate;
      }
    }
    int pos = h.end();
    if (head == null) {
      return pos;
    }
    while (pos < limit) {
      Matcher glue = LIST_GLUE.matcher(lower).region(pos, limit);
      if (!glue.lookingAt()) {
        break;
      }
      int member = glue.end();
      if (lower.startsWith(head, member)) {
        break; // written with its own head: the main scan finds it
      }
      String probe = head + lower.substring(member, Math.min(limit, member + 48));
      PhraseIndex.Hit<LexiconEntry> m = index.longestAt(probe, 0, probe.length());
      if (m == null || m.end() <= head.length() || m.value().kind().equals(NEGATIVE)) {
        break;
      }
      int end = member + m.end() - head.length();
      out.add(new PillarHit(member, end, Pillar.valueOf(m.value().kind())));
      pos = end;
    }
    return pos;
  }

  private List<Strategy> strategies(ArticleContext ctx) {
    NormalizedText t = ctx.text();
    Map<String, Strategy> byName = new LinkedHashMap<>();
    // every match opens with "Chiến lược", and the pattern looks neither behind nor at the start
    int at = t.text().indexOf("Chiến lược");
    if (at < 0) {
      return List.of();
    }
    Matcher m = STRATEGY.matcher(t.text()).region(at, t.text().length());
    while (m.find()) {
      if (!ctx.structure().isContent(m.start())) {
        continue;
      }
      String name = t.span(m.start(), m.end(1)).text();
      Integer horizon = Integer.valueOf(m.group(2));
      Integer vision = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      byName.putIfAbsent(SPACES.matcher(NormalizedText.lowerSameLength(name)).replaceAll(" "),
          new Strategy(name, horizon, vision, t.span(m.start(), m.end())));
    }
    return List.copyOf(byName.values());
  }
}
