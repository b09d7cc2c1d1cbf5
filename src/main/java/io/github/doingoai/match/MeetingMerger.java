package io.github.doingoai.match;

import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the {@link MergedMeeting} of an event from its articles' main meetings. */
final class MeetingMerger {
  private MeetingMerger() {}

  static MergedMeeting merge(List<ArticleProfile> articles, Names names) {
    List<MergedField> fields = new ArrayList<>();
    scalar(fields, "kind", articles, m -> m.kind() == null ? null : m.kind().name(), false, names);
    date(fields, articles);
    scalar(fields, "partOfDay", articles, m -> m.partOfDay() == null ? null : m.partOfDay().name(), false, names);
    scalar(fields, "name", articles, Meeting::name, true, names);
    scalar(fields, "location", articles, Meeting::location, true, names);
    list(fields, "organisers", articles, Meeting::organisers, names);
    list(fields, "chairs", articles, Meeting::chairs, names);
    list(fields, "participants", articles, Meeting::participants, names);
    scalar(fields, "edition", articles, m -> m.edition() == null ? null : m.edition().toString(), false, names);
    scalar(fields, "attendees", articles, m -> m.attendees() == null ? null : m.attendees().toString(), false, names);
    scalar(fields, "theme", articles, Meeting::theme, true, names);
    scalar(fields, "format", articles, m -> m.format() == null ? null : m.format().name(), false, names);
    List<String> conflicts = new ArrayList<>();
    for (MergedField f : fields) {
      if (f.conflict()) {
        conflicts.add(f.field());
      }
    }
    return new MergedMeeting(fields, conflicts);
  }

  /** Groups values by key; keeps the first spelling of each and the articles that give it. */
  private static Map<String, Claim> claims(List<ArticleProfile> articles, Function<Meeting, String> get,
      Function<String, String> key) {
    Map<String, String> firstForm = new LinkedHashMap<>();
    Map<String, List<String>> who = new LinkedHashMap<>();
    for (ArticleProfile p : articles) {
      if (p.meeting() == null) {
        continue;
      }
      String v = get.apply(p.meeting());
      if (v == null || v.isBlank()) {
        continue;
      }
      String k = key.apply(v);
      firstForm.putIfAbsent(k, v);
      who.computeIfAbsent(k, x -> new ArrayList<>()).add(p.articleId());
    }
    Map<String, Claim> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : firstForm.entrySet()) {
      out.put(e.getKey(), new Claim(e.getValue(), who.get(e.getKey())));
    }
    return out;
  }

  private static Claim best(Iterable<Claim> claims) {
    Claim best = null;
    for (Claim c : claims) {
      if (best == null || c.articles().size() > best.articles().size()) {
        best = c;
      }
    }
    return best;
  }

  /**
   * A single-valued field. For texts, values whose words are all in another value ({@code Hà Nội}
   * and {@code thủ đô Hà Nội}) are not a conflict.
   */
  private static void scalar(List<MergedField> out, String field, List<ArticleProfile> articles,
      Function<Meeting, String> get, boolean text, Names names) {
    Map<String, Claim> claims = claims(articles, get, text ? names::key : Function.identity());
    if (claims.isEmpty()) {
      return;
    }
    boolean conflict = false;
    List<String> keys = new ArrayList<>(claims.keySet());
    for (int i = 0; i < keys.size() && !conflict; i++) {
      for (int j = i + 1; j < keys.size() && !conflict; j++) {
        conflict = !text || !Names.contains(keys.get(i), keys.get(j));
      }
    }
    out.add(new MergedField(field, best(claims.values()).value(), new ArrayList<>(claims.values()), conflict));
  }

  /** Dates that agree ({@code --04-26}, {@code 2021-04-26}) merge into the most complete one. */
  private static void date(List<MergedField> out, List<ArticleProfile> articles) {
    Map<String, Claim> claims = claims(articles, m -> m.date() == null ? null : m.date().toString(), Function.identity());
    if (claims.isEmpty()) {
      return;
    }
    List<PartialDate> dates = new ArrayList<>();
    for (String k : claims.keySet()) {
      dates.add(PartialDate.parse(k));
    }
    boolean conflict = false;
    for (int i = 0; i < dates.size(); i++) {
      for (int j = i + 1; j < dates.size(); j++) {
        conflict |= !dates.get(i).agreesWith(dates.get(j));
      }
    }
    String value;
    if (conflict) {
      value = best(claims.values()).value();
    } else {
      PartialDate most = dates.get(0);
      for (PartialDate d : dates) {
        if (d.toString().length() > most.toString().length()) {
          most = d;
        }
      }
      value = most.toString();
    }
    out.add(new MergedField("date", value, new ArrayList<>(claims.values()), conflict));
  }

  /** A list field: the union of the items, each with the articles that name it. */
  private static void list(List<MergedField> out, String field, List<ArticleProfile> articles,
      Function<Meeting, List<String>> get, Names names) {
    Map<String, String> firstForm = new LinkedHashMap<>();
    Map<String, List<String>> who = new LinkedHashMap<>();
    for (ArticleProfile p : articles) {
      if (p.meeting() == null) {
        continue;
      }
      for (String v : get.apply(p.meeting())) {
        String k = names.key(v);
        firstForm.putIfAbsent(k, v);
        List<String> w = who.computeIfAbsent(k, x -> new ArrayList<>());
        if (!w.contains(p.articleId())) {
          w.add(p.articleId());
        }
      }
    }
    if (firstForm.isEmpty()) {
      return;
    }
    List<Claim> claims = new ArrayList<>();
    for (Map.Entry<String, String> e : firstForm.entrySet()) {
      claims.add(new Claim(e.getValue(), who.get(e.getKey())));
    }
    out.add(new MergedField(field, null, claims, false));
  }
}
