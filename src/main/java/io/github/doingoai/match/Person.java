package io.github.doingoai.match;

import java.util.List;
import java.util.Objects;

/**
 * One person across a collection of articles.
 *
 * @param id a stable id: the name's key and a number ({@code bui-thanh-son-1})
 * @param name the name as first written
 * @param spellings every way the articles write the name
 * @param positions every office seen, once per article that gives it, in the order seen
 * @param articles the articles that name the person
 */
public record Person(String id, String name, List<String> spellings, List<SeenPosition> positions,
    List<String> articles) {
  /** Checks the required fields; the lists are copied. */
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    spellings = List.copyOf(spellings);
    positions = List.copyOf(positions);
    articles = List.copyOf(articles);
  }
}
