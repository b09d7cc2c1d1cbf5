/** The command line: {@code extract} and {@code match}. Internal: not exported. */
package io.github.doingoai.cli;
