package io.github.doingoai.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.model.Extraction;
import java.util.Objects;

/**
 * Writes and reads {@link Extraction}s as JSON with exactly the field names of the extraction
 * contract ({@code GUIDELINES.md}), plus the library's extra fields (spans, mentions, evidence...).
 * Dates are ISO strings ({@code 2021-12-13}, {@code --04-26}), enums their names. Thread-safe.
 */
public final class JsonCodec {
  /**
   * Built on first use: writing an extraction does not need it (see {@link ExtractionWriter}), and
   * a command line that only writes should not pay for it.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  private JsonCodec() {}

  /** The shared, configured mapper, for callers who serialize other model types. */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER.copy();
  }

  /** One line of JSON, no line feed inside: a JSON Lines record. */
  public static String toJson(Extraction extraction) {
    return writeExtraction(extraction, false);
  }

  /** Indented JSON for people. */
  public static String toPrettyJson(Extraction extraction) {
    return writeExtraction(extraction, true);
  }

  private static String writeExtraction(Extraction extraction, boolean pretty) {
    Objects.requireNonNull(extraction, "extraction");
    try {
      return ExtractionWriter.write(extraction, pretty);
    } catch (java.io.IOException e) {
      // a StringWriter does not fail; a generator error is a bug, named as the mapper would name it
      throw new DoingoaiException(ErrorKind.BAD_JSON, "cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an extraction; fields it does not know are ignored, missing lists are empty.
   *
   * @throws DoingoaiException of kind {@link ErrorKind#BAD_JSON} naming what is wrong
   */
  public static Extraction fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return Mapper.MAPPER.readValue(json, Extraction.class);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "not a valid extraction: " + e.getOriginalMessage()
          + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""), e);
    }
  }

  static String write(Object value, boolean pretty) {
    Objects.requireNonNull(value, "value");
    try {
      return pretty ? Mapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : Mapper.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DoingoaiException(ErrorKind.BAD_JSON, "cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
