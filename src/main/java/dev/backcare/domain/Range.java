package dev.backcare.domain;

/** A dose that starts at {@code start} and is built up toward {@code target}. */
public record Range(int start, int target) {
  public int clamp(int value) {
    return Math.max(1, Math.min(target, value));
  }
}
