package io.github.canbao.registration.benchmarks.ceiling;

/**
 * The fact of {@link EngineCeilingBenchmark}: three inputs and a row of decided fields, read and
 * written the way {@code Person} is ({@code decided(field)}, {@code decide(field, value)}), but
 * with nothing else to do — no explanations, no record to build.
 */
public final class ChainedFact {

  private final int x;
  private final int y;
  private final boolean flag;
  private final int[] values;

  public ChainedFact(int x, int y, boolean flag, int fields) {
    this.x = x;
    this.y = y;
    this.flag = flag;
    this.values = new int[fields];
  }

  public int getX() {
    return x;
  }

  public int getY() {
    return y;
  }

  public boolean isFlag() {
    return flag;
  }

  /** Whether field {@code field} is decided; field -1 (before the first) always is. */
  public boolean decided(int field) {
    return field < 0 || values[field] != 0;
  }

  public void decide(int field, int value) {
    values[field] = value;
  }

  public int value(int field) {
    return values[field];
  }
}
