/**
 * doingoai: turns Vietnamese news articles about official meetings and foreign affairs into typed
 * records with offsets into the original text.
 *
 * <p>Start with {@link io.github.doingoai.Doingoai#extractor()}. Only the API packages are
 * exported; {@code io.github.doingoai.internal.*} and the command line are implementation.
 */
module io.github.doingoai {
  exports io.github.doingoai;
  exports io.github.doingoai.model;
  exports io.github.doingoai.json;
  // The matcher's API package io.github.doingoai.match (branch `matcher`) is exported here when
  // that branch is merged: `exports io.github.doingoai.match;` plus an `opens` like the model's
  // if Jackson reads or writes its records.

  // JsonCodec.mapper() hands out an ObjectMapper, and the model carries Jackson annotations:
  // callers of the API need Jackson's types, hence transitive.
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires com.ibm.icu;

  // Jackson builds and reads the model's records reflectively.
  opens io.github.doingoai.model to com.fasterxml.jackson.databind;
}
