package dev.backcare.bench;

import java.util.Random;

/**
 * How the simulated back feels, on the 0-10 scale: a new problem that settles over weeks,
 * mornings that now and then are a point better or worse, flare-ups that pass in a few days, and
 * the morning after a session that was too much.
 */
final class Back {
  /** Where the pain settles once the back has recovered. */
  private static final double SETTLED = 0.8;

  private final Random random;
  private double level;
  private int flare;
  private int morning;
  private int rise;

  Back(Random random) {
    this.random = random;
    newEpisode();
  }

  /** A new episode of back pain: a plan (re)start. */
  void newEpisode() {
    level = 3 + 2 * random.nextDouble();
  }

  /** A new day: returns this morning's pain. */
  int morning(double flareChance) {
    level = SETTLED + (level - SETTLED) * 0.97 + random.nextGaussian() * 0.03;
    level = Math.max(0.3, Math.min(6, level));
    int today = (int) Math.round(level) + wobble(0.12);
    flare = Math.max(0, flare - 1 - random.nextInt(2));
    if (flare == 0 && random.nextDouble() < flareChance) {
      flare = 7 + random.nextInt(2);
    }
    if (rise > 0) {
      today = Math.max(today, morning + rise);
      rise = 0;
    }
    morning = clamp(Math.max(today, flare), 0, 10);
    return morning;
  }

  /** Pain at a check-in later in the day. */
  int now() {
    if (flare >= 7) {
      return clamp(flare - random.nextInt(2), 0, 10);
    }
    return clamp(morning + wobble(0.2), 0, Math.max(6, morning));
  }

  /** The peak pain of a session that stayed within the ceiling. */
  int during(int ceiling) {
    double r = random.nextDouble();
    return clamp(morning + (r < 0.5 ? 0 : r < 0.85 ? 1 : 2), 0, ceiling);
  }

  /** The session was too much: tomorrow morning is {@code points} worse than this one. */
  void overdid(int points) {
    rise = Math.max(rise, points);
  }

  private int wobble(double chance) {
    double r = random.nextDouble();
    return r < chance ? -1 : r < 2 * chance ? 1 : 0;
  }

  private static int clamp(int v, int low, int high) {
    return Math.max(low, Math.min(high, v));
  }
}
