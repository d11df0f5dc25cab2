package io.github.canbao.registration.cli;

import java.util.Locale;

/**
 * {@code --lang zh|en}: the language of violation messages.
 *
 * @since 0.1.0
 */
enum Language {
  /** Chinese, the default. */
  ZH(Locale.CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the messages. */
  Locale locale() {
    return locale;
  }
}
