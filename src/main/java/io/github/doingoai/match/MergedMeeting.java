package io.github.doingoai.match;

import java.util.List;
import java.util.Optional;

/**
 * The union of what the articles of one event say about its meeting: each field with the articles
 * each value came from, conflicts reported rather than hidden.
 *
 * @param fields the fields some article gives, in the order of the meeting record
 * @param conflicts the names of the fields on which articles disagree
 */
public record MergedMeeting(List<MergedField> fields, List<String> conflicts) {
  /** Copies the lists. */
  public MergedMeeting {
    fields = List.copyOf(fields);
    conflicts = List.copyOf(conflicts);
  }

  /** The field named {@code name}, when some article gives it. */
  public Optional<MergedField> field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst();
  }

  /** The best-supported value of a field, when some article gives it. */
  public Optional<String> value(String name) {
    return field(name).map(MergedField::value);
  }
}
