package io.github.canbao.registration.codes.table;

/**
 * Where a code value comes from. Written in a table file as {@code seed}, {@code inferred} or
 * {@code assigned}.
 *
 * <p>An {@link #ASSIGNED} code is this project's choice, never an official code: it fills a gap
 * where no public source prints one, and a locality replaces it with its official code list.
 *
 * @since 0.1.0
 */
public enum Provenance {
  /**
   * Printed in a seed document, which the value's source names.
   *
   * @since 0.1.0
   */
  SEED,
  /**
   * Not printed, but fixed by the seed's own numbering or wording; the source gives the reason.
   *
   * @since 0.1.0
   */
  INFERRED,
  /**
   * This project's choice where no public source gives the code. Never official: a locality
   * overrides it with its own code list.
   *
   * @since 0.1.0
   */
  ASSIGNED
}
