package dev.backcare.domain;

import java.util.List;
import java.util.Optional;

/**
 * A symptom that means: stop exercising and get it checked. Every stop sign means stop until a
 * professional clears the person; {@link Care} says how soon to get help.
 */
public enum StopSign {
  NUMBNESS("numbness", "numbness in a leg", Care.PROFESSIONAL),
  TINGLING("tingling", "tingling down the legs", Care.PROFESSIONAL),
  WEAKNESS("weakness", "weakness in a leg", Care.PROFESSIONAL),
  LEG_PAIN("leg-pain", "pain spreading below the knee", Care.PROFESSIONAL),
  SEVERE_PAIN("severe-pain", "sudden severe pain during movement", Care.PROFESSIONAL),
  WORSENING("worsening", "pain that gets much worse with basic movements", Care.PROFESSIONAL),
  NIGHT_PAIN("night-pain", "constant pain at night that does not ease", Care.PROFESSIONAL),
  NEW_SYMPTOM("new-symptom", "a new symptom you have never felt before", Care.PROFESSIONAL),
  TRAUMA("trauma", "a recent fall or accident", Care.PROFESSIONAL),
  FEVER("fever", "a fever with back pain", Care.DOCTOR_URGENTLY),
  WEIGHT_LOSS("weight-loss", "unexplained weight loss", Care.DOCTOR_URGENTLY),
  SADDLE_NUMBNESS("saddle-numbness", "numbness around the genitals, buttocks or inner thighs",
      Care.EMERGENCY),
  BOTH_LEGS("both-legs", "pain, tingling, weakness or numbness in both legs", Care.EMERGENCY),
  BLADDER_BOWEL("bladder-bowel", "a change in bladder or bowel control", Care.EMERGENCY);

  /** How soon to get help; most urgent first. */
  public enum Care {
    /** Get emergency medical care now. */
    EMERGENCY,
    /** See a doctor urgently. */
    DOCTOR_URGENTLY,
    /** See a doctor or physiotherapist before exercising again. */
    PROFESSIONAL
  }

  /**
   * What to ask before a program starts, in this order: the stop signs public health services and
   * physiotherapy guides screen for before back exercise.
   */
  public static final List<StopSign> SCREENING = List.of(TRAUMA, FEVER, WEIGHT_LOSS, LEG_PAIN,
      NUMBNESS, TINGLING, WEAKNESS, BOTH_LEGS, SADDLE_NUMBNESS, BLADDER_BOWEL);

  private final String id;
  private final String description;
  private final Care care;

  StopSign(String id, String description, Care care) {
    this.id = id;
    this.description = description;
    this.care = care;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Care care() {
    return care;
  }

  public boolean emergency() {
    return care == Care.EMERGENCY;
  }

  /**
   * The stop sign that says how soon to get help: of the most urgent, the last (in time order, as
   * {@code open} is). Empty for none.
   */
  public static Optional<Event.Symptom> mostUrgent(List<Event.Symptom> open) {
    Event.Symptom out = null;
    for (Event.Symptom s : open) {
      if (out == null || s.kind().care.compareTo(out.kind().care) <= 0) {
        out = s;
      }
    }
    return Optional.ofNullable(out);
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
