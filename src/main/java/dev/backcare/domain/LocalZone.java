package dev.backcare.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The person's time zone: the offset of their clock at an instant, and the instant a local time or
 * day begins. It answers from java.util.TimeZone's table of the zone where it can, and makes
 * java.time's zone only when asked for it or near a change of the clocks: java.time's first zone
 * looks for rule providers in every jar, which cost {@code today} about 15 ms (README, Speed). Both
 * are read from the JDK's one tzdb.dat, and {@code LocalZoneTest} checks they agree.
 */
public final class LocalZone {
  /** No zone's offset is larger, so a local time's instant lies within this of it. */
  private static final long WINDOW = 18 * 3600;
  /** The table is used from 1900 to 2037 only: outside, the two differ in detail. */
  private static final long FROM = -2208988800L;
  private static final long TO = 2114380800L;

  private final String id;
  private final TimeZone table;
  private ZoneId zone;

  private LocalZone(String id, TimeZone table, ZoneId zone) {
    this.id = id;
    this.table = table;
    this.zone = zone;
  }

  /**
   * The zone {@code tz} names (as the TZ variable, a leading ':' allowed); if blank or a name java
   * does not know, the system's zone.
   */
  public static LocalZone of(String tz) {
    if (tz != null && !tz.isBlank()) {
      String name = tz.startsWith(":") ? tz.substring(1) : tz;
      LocalZone fast = fromTable(name, null);
      if (fast != null) {
        return fast;
      }
      try {
        ZoneId z = ZoneId.of(name);
        return new LocalZone(z.getId(), null, z);
      } catch (DateTimeException e) {
        // Not a zone java knows by that name: the system's zone is the best guess.
      }
    }
    TimeZone system = TimeZone.getDefault();
    LocalZone fast = fromTable(system.getID(), system);
    if (fast != null) {
      return fast;
    }
    ZoneId z = ZoneId.systemDefault();
    return new LocalZone(z.getId(), null, z);
  }

  /** The table's zone of a region name such as Europe/Berlin, or null for any other name. */
  private static LocalZone fromTable(String name, TimeZone given) {
    if (name.indexOf('/') <= 0 && !name.equals("UTC") && !name.equals("GMT")) {
      return null;
    }
    TimeZone t = given != null ? given : TimeZone.getTimeZone(name);
    return t.getID().equals(name) ? new LocalZone(name, t, null) : null;
  }

  /** The zone's name, as java.time knows it. */
  public String id() {
    return id;
  }

  /** java.time's zone, for arithmetic on local times (made the first time it is asked for). */
  public ZoneId zone() {
    if (zone == null) {
      zone = ZoneId.of(id);
    }
    return zone;
  }

  /** The offset of the person's clock at {@code instant}. */
  public ZoneOffset offsetAt(Instant instant) {
    long s = instant.getEpochSecond();
    if (table != null && s >= FROM && s < TO) {
      return ZoneOffset.ofTotalSeconds(table.getOffset(s * 1000) / 1000);
    }
    return zone().getRules().getOffset(instant);
  }

  /** {@code instant} on the person's clock. */
  public OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, offsetAt(instant));
  }

  /**
   * The instant of {@code local} on the person's clock, as {@code local.atZone(zone())}: in a gap
   * (clocks going forward) the time that much later, in an overlap the earlier of the two.
   */
  public Instant instantOf(LocalDateTime local) {
    ZoneOffset steady = steady(local);
    return steady != null ? local.toInstant(steady) : local.atZone(zone()).toInstant();
  }

  /** When {@code date} begins, as {@code date.atStartOfDay(zone())}. */
  public Instant startOf(LocalDate date) {
    LocalDateTime midnight = date.atStartOfDay();
    ZoneOffset steady = steady(midnight);
    return steady != null ? midnight.toInstant(steady) : date.atStartOfDay(zone()).toInstant();
  }

  /**
   * The offset at {@code local} when the clock keeps that one offset from 18 hours before to 18
   * hours after it, so that it is the only offset that local time can have; null otherwise.
   */
  private ZoneOffset steady(LocalDateTime local) {
    if (table == null) {
      return null;
    }
    long s = local.toEpochSecond(ZoneOffset.UTC);
    if (s - WINDOW < FROM || s + WINDOW >= TO) {
      return null;
    }
    int before = table.getOffset((s - WINDOW) * 1000);
    int at = table.getOffset(s * 1000);
    int after = table.getOffset((s + WINDOW) * 1000);
    return before == at && at == after ? ZoneOffset.ofTotalSeconds(at / 1000) : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalZone z && z.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
