package io.github.doingoai.bench;

/** A main that does nothing: the cold-start baseline of the command line's wall time. */
public final class Trivial {
  private Trivial() {}

  public static void main(String[] args) {
    // nothing: the JVM's own launch and exit is the baseline
  }
}
