package io.github.doingoai.model;

import java.util.List;

/**
 * A numbered list of priorities, orientations or tasks set out by one speaker.
 *
 * @param speaker the official who sets it out, or {@code null} when the text does not say
 * @param announcedCount the count the text announces ({@code đề xuất 5 định hướng}), or {@code null};
 *     it may differ from the number of items listed, and both are reported
 * @param heading the sentence that introduces the list, or {@code null}
 * @param items the items in text order
 */
public record PriorityList(String speaker, Integer announcedCount, Span heading, List<Priority> items) {
  /** Copies the items; a {@code null} list becomes empty. */
  public PriorityList {
    items = Lists.copy(items, "items");
  }
}
