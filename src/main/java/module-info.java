/**
 * doingoai: turns Vietnamese news articles about official meetings and foreign affairs into typed
 * records with offsets into the original text.
 *
 * <p>Start with {@link io.github.doingoai.Doingoai#extractor()}. Only the API packages are
 * exported; {@code io.github.doingoai.internal.*} and the command line are implementation.
 */
// ICU4J ships no module descriptor, only an Automatic-Module-Name: requiring it is the supported way
@SuppressWarnings("requires-automatic")
module io.github.doingoai {
  exports io.github.doingoai;
  exports io.github.doingoai.model;
  exports io.github.doingoai.json;
  exports io.github.doingoai.match;

  // JsonCodec.mapper() hands out an ObjectMapper, and the model carries Jackson annotations:
  // callers of the API need Jackson's types, hence transitive.
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires com.ibm.icu;
  // Only the (unexported) command line uses picocli, an optional dependency: not needed at run time
  // by library users.
  requires static info.picocli;

  // Jackson builds and reads the records of the model and of a saved EventIndex reflectively.
  opens io.github.doingoai.model to com.fasterxml.jackson.databind;
  opens io.github.doingoai.match to com.fasterxml.jackson.databind;
}
