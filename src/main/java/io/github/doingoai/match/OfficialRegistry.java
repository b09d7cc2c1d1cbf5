package io.github.doingoai.match;

import io.github.doingoai.model.PartialDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One identity per person across articles: {@code Bùi Thanh Sơn} in every article is one
 * {@link Person} with the union of the offices seen, unless the offices cannot be one person's
 * (no office of one has all its words in an office of the other): then the namesake is another
 * person. A name given without any office joins the only person of that name, and starts a new
 * one when there are several (precision first: an ambiguous mention is not guessed). Lookup is by
 * the name's key, so adding costs the same whatever the registry's size. Thread-safe.
 */
public final class OfficialRegistry {
  private final EventMatcher matcher;
  private final Map<String, List<PersonState>> byName = new HashMap<>();
  private final Map<String, PersonState> byId = new LinkedHashMap<>();
  /** articleId + '\n' + name key -> person id. */
  private final Map<String, String> byMention = new HashMap<>();

  OfficialRegistry(EventMatcher matcher) {
    this.matcher = matcher;
  }

  private static final class PersonState {
    final String id;
    final String name;
    final Set<String> spellings = new LinkedHashSet<>();
    final List<SeenPosition> positions = new ArrayList<>();
    /** distinct offices by key: bounded by a person's career, not by the number of articles */
    final Map<String, String> positionTexts = new LinkedHashMap<>();
    final Set<String> articles = new LinkedHashSet<>();

    PersonState(String id, String name) {
      this.id = id;
      this.name = name;
    }

    Person snapshot() {
      return new Person(id, name, new ArrayList<>(spellings), positions, new ArrayList<>(articles));
    }
  }

  synchronized void add(ArticleProfile p) {
    PartialDate date = p.meetingDate() != null ? p.meetingDate() : p.published();
    for (ArticleProfile.OfficialRef o : p.officials()) {
      String key = Names.personKey(o.name());
      if (key.isEmpty()) {
        continue;
      }
      List<PersonState> same = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
      PersonState person = null;
      if (o.positions().isEmpty()) {
        person = same.size() == 1 ? same.get(0) : null;
      } else {
        for (PersonState s : same) {
          if (matcher.positionsCompatible(new ArrayList<>(s.positionTexts.values()), o.positions())) {
            person = s;
            break;
          }
        }
      }
      if (person == null) {
        person = new PersonState(slug(key) + "-" + (same.size() + 1), o.name());
        same.add(person);
        byId.put(person.id, person);
      }
      person.spellings.add(o.name());
      person.articles.add(p.articleId());
      for (String pos : o.positions()) {
        person.positions.add(new SeenPosition(pos, p.articleId(), date));
        person.positionTexts.putIfAbsent(matcher.names().key(pos), pos);
      }
      byMention.put(p.articleId() + "\n" + key, person.id);
    }
  }

  /** Every person, in the order first seen. */
  public synchronized List<Person> persons() {
    List<Person> out = new ArrayList<>(byId.size());
    for (PersonState s : byId.values()) {
      out.add(s.snapshot());
    }
    return out;
  }

  /** The person with this id. */
  public synchronized Optional<Person> person(String id) {
    PersonState s = byId.get(id);
    return s == null ? Optional.empty() : Optional.of(s.snapshot());
  }

  /** The person an article's official of this name was identified as. */
  public synchronized Optional<Person> personOf(String articleId, String name) {
    String id = byMention.get(articleId + "\n" + Names.personKey(name));
    return id == null ? Optional.empty() : person(id);
  }

  /** Every person written with this name (namesakes are several). */
  public synchronized List<Person> named(String name) {
    List<Person> out = new ArrayList<>();
    for (PersonState s : byName.getOrDefault(Names.personKey(name), List.of())) {
      out.add(s.snapshot());
    }
    return out;
  }

  /** Lower-case ASCII words joined by {@code -}: {@code Bùi Thanh Sơn} -> {@code bui-thanh-son}. */
  static String slug(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    boolean dash = true;
    for (int i = 0; i < d.length(); i++) {
      char c = Character.toLowerCase(d.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && !dash) {
        sb.append('-');
        dash = true;
      }
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '-') {
      sb.setLength(n - 1);
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }
}
