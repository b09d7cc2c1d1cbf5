package io.github.doingoai.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes an article file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. */
final class ArticleFile {
  private ArticleFile() {}

  /** A file that is not text in a supported encoding; the message names the byte offset. */
  static final class NotUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  static String decode(byte[] bytes) throws NotUtf8Exception {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), "UTF-16LE");
    }
    int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return strict(bytes, off, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
  }

  private static String strict(byte[] bytes, int off, CharsetDecoder dec, String name) throws NotUtf8Exception {
    dec.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
    try {
      CharBuffer cb = dec.decode(in);
      return cb.toString();
    } catch (MalformedInputException e) {
      int at = in.position();
      throw new NotUtf8Exception("not " + name + " text: invalid byte 0x"
          + String.format("%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF) + " at byte offset " + at);
    } catch (CharacterCodingException e) {
      throw new NotUtf8Exception("not " + name + " text at byte offset " + in.position());
    }
  }
}
