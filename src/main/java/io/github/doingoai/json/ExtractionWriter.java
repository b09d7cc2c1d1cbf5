package io.github.doingoai.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.PartialDate;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes an {@link Extraction} with Jackson's streaming generator, in the form the data-binding
 * mapper gives it: a record is an object of its components in declaration order, nulls are
 * written, enums by name, dates by {@link PartialDate#toString()} (its {@code @JsonValue}).
 *
 * <p>Why not the mapper: its first {@code writeValueAsString} in a JVM introspects some twenty
 * record types (annotations, bean descriptions, serializers), about half a second, more than the
 * command line spends extracting one article. Reading the record components is all this writer
 * needs. {@code ExtractionWriterTest} holds the two outputs equal on every test article.
 */
final class ExtractionWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The components of each record class, looked up once. */
  private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected Component[] computeValue(Class<?> type) {
      RecordComponent[] rc = type.getRecordComponents();
      Component[] out = new Component[rc.length];
      for (int i = 0; i < rc.length; i++) {
        out[i] = new Component(rc[i].getName(), rc[i].getAccessor());
      }
      return out;
    }
  };

  private record Component(String name, Method accessor) {}

  private ExtractionWriter() {}

  static String write(Extraction e, boolean pretty) throws IOException {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      value(g, e);
    }
    return out.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> en) {
      g.writeString(en.name());
    } else if (v instanceof PartialDate d) {
      g.writeString(d.toString());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object x : list) {
        value(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Record r) {
      g.writeStartObject();
      for (Component c : COMPONENTS.get(r.getClass())) {
        g.writeFieldName(c.name());
        value(g, get(c, r));
      }
      g.writeEndObject();
    } else {
      // a model type this writer does not know: a bug here, caught by ExtractionWriterTest
      throw new IllegalStateException("no JSON form for " + v.getClass().getName());
    }
  }

  private static Object get(Component c, Record r) {
    try {
      return c.accessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.name(), e);
    }
  }
}
