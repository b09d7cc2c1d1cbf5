/** JSON (and JSON Lines) for the model, with the field names of the extraction contract. */
package io.github.doingoai.json;
