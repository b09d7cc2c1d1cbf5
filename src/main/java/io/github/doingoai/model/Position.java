package io.github.doingoai.model;

import java.util.Objects;

/**
 * One office an article gives an official.
 *
 * @param text the office as the article writes it, title plus body, completed from the title
 *     chain when the article writes the body once for several titles ({@code Bí thư Ban Cán sự
 *     Đảng Bộ Ngoại giao}); this is the field the JSON contract names
 * @param title the title alone ({@code Bí thư}, {@code Bộ trưởng})
 * @param body the body the title belongs to ({@code Thành ủy Thành phố Hồ Chí Minh}), or
 *     {@code null} when the article gives none
 * @param former true for an office the person no longer holds ({@code nguyên Bộ trưởng})
 * @param span where the article writes the office (without the completion), or {@code null}
 */
public record Position(String text, String title, String body, boolean former, Span span) {
  /** Checks that the text and the title are present. */
  public Position {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
  }

  /** A position with only its text, as the JSON contract has it. */
  public static Position ofText(String text) {
    return new Position(text, text, null, text.startsWith("nguyên "), null);
  }
}
