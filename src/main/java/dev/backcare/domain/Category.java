package dev.backcare.domain;

import java.util.Locale;
import java.util.Optional;

/** What kind of exercise it is. */
public enum Category {
  MOBILITY,
  STRETCH,
  STRENGTH,
  CARDIO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Category> fromId(String id) {
    for (Category c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
