package io.github.canbao.registration.batch.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A code → name list read from a CSV resource of this package (header {@code code,name,…}). */
record Labels(Map<String, String> names) {

  Labels {
    names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  static Labels load(String resource) {
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> names = new LinkedHashMap<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        names.put(cells[0], cells[1]);
      }
      return new Labels(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String nameOf(String code) {
    return names.getOrDefault(code, code);
  }

  boolean contains(String code) {
    return names.containsKey(code);
  }
}
