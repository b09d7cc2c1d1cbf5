package io.github.doingoai.model;

import java.util.List;
import java.util.Objects;

/**
 * A named person who holds or speaks for an office, once per article however often named.
 *
 * @param id identifier unique inside one extraction ({@code o1}, {@code o2}...)
 * @param name the full name as first written
 * @param positions every office the article gives the person, each once, in its fullest form
 * @param mentions every place the article names the person, in text order
 */
public record Official(String id, String name, List<Position> positions, List<Mention> mentions) {
  /** Checks the required fields; lists are copied and {@code null} lists become empty. */
  public Official {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    positions = Lists.copy(positions, "positions");
    mentions = Lists.copy(mentions, "mentions");
  }
}
