package dev.backcare.domain;

import java.util.Optional;

/** A symptom that means: stop exercising and see a professional. */
public enum StopSign {
  NUMBNESS("numbness", "numbness (in the legs, or around the genitals or buttocks)", false),
  TINGLING("tingling", "tingling down the legs", false),
  WEAKNESS("weakness", "weakness in a leg", false),
  SEVERE_PAIN("severe-pain", "sudden severe pain during movement", false),
  WORSENING("worsening", "pain that gets much worse with basic movements", false),
  NEW_SYMPTOM("new-symptom", "a new symptom you have never felt before", false),
  BLADDER_BOWEL("bladder-bowel", "a change in bladder or bowel control", true);

  private final String id;
  private final String description;
  private final boolean emergency;

  StopSign(String id, String description, boolean emergency) {
    this.id = id;
    this.description = description;
    this.emergency = emergency;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public boolean emergency() {
    return emergency;
  }

  public static Optional<StopSign> fromId(String id) {
    for (StopSign s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public static String ids() {
    StringBuilder b = new StringBuilder();
    for (StopSign s : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(s.id);
    }
    return b.toString();
  }
}
