package io.github.doingoai.internal.text;

/**
 * A sentence: the normalized range {@code [start, end)} of an article, inside one block.
 *
 * @param start first char, normalized offset
 * @param end after the last char, normalized offset
 * @param block index of the block in {@link ArticleStructure#blocks()}
 */
public record Sentence(int start, int end, int block) {}
