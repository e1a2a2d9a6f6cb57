package dev.backcare.report;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.Journal.Place;
import dev.backcare.journal.PrivateFile;
import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cache beside the journal of the figures of settled days, so that a report of a year does not
 * replay a year of mornings through the rules each time it is printed.
 *
 * <p>A day's figures depend only on the events dated that day or the next, the events up to its
 * morning, the library, the zone and backcare's own rules. A day at least {@link #SETTLED} days
 * before today no longer depends on today. The cache holds such days with the place in the journal
 * it was made at, and the key of the rest. With the same key, it answers for the days that the
 * events appended since that place leave as they were (see {@link #holding}); the report makes the
 * others from the journal, as without a cache, and the cache is made again. Deleting it is always
 * safe.
 */
public final class DayCache {
  private static final String HEADER = "backcare report days 1";
  private static final String NONE = "~";
  /** Days at least this many before today are cached. */
  public static final int SETTLED = 4;

  private final Place place;
  private final NavigableMap<LocalDate, DayFigures> days;

  private DayCache(Place place, NavigableMap<LocalDate, DayFigures> days) {
    this.place = place;
    this.days = days;
  }

  /** The cache of the journal at {@code journal}. */
  public static Path beside(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".report-days");
  }

  /** Where in the journal the cache was made. */
  public Place place() {
    return place;
  }

  /**
   * Whether the cache can give the days of a report on {@code today} from {@code from} on: it
   * holds {@code from} (or days before it) and its days are all settled on {@code today}.
   */
  public boolean answersFor(LocalDate from, LocalDate today) {
    return !days.isEmpty() && !from.isBefore(days.firstKey())
        && !days.lastKey().isAfter(today.minusDays(SETTLED));
  }

  /** The cached days from {@code from} on (none if {@code from} is after the last). */
  public NavigableMap<LocalDate, DayFigures> from(LocalDate from) {
    return days.tailMap(from, true);
  }

  /** The last day cached. */
  public LocalDate last() {
    return days.lastKey();
  }

  /**
   * {@code days}, which start at {@code first}, with the cached days before {@code first} in front:
   * what to save after a report made with the cache.
   */
  public Map<LocalDate, DayFigures> before(LocalDate first, Map<LocalDate, DayFigures> days) {
    Map<LocalDate, DayFigures> out = new LinkedHashMap<>(this.days.headMap(first, false));
    out.putAll(days);
    return out;
  }

  /**
   * The cache cut to the days that the events appended since {@link #place} leave as they were;
   * null if none are left, or if one voids an entry from before (which may lie on any day). An
   * event changes no day before the one three days before its UTC date (see
   * {@link #unaffectedFrom}); a void of an event appended since changes no more than that event.
   */
  public DayCache holding(List<Event> added) {
    Set<String> ids = new HashSet<>();
    for (Event e : added) {
      ids.add(e.id());
    }
    LocalDate last = days.isEmpty() ? null : days.lastKey();
    for (Event e : added) {
      if (e instanceof Correction c) {
        if (!ids.contains(c.target())) {
          return null;
        }
      } else if (last != null && e.at().toInstant().isBefore(unaffectedFrom(last))) {
        last = LocalDate.ofInstant(e.at().toInstant(), ZoneOffset.UTC).minusDays(3);
      }
    }
    if (last == null || last.isBefore(days.firstKey())) {
      return null;
    }
    return new DayCache(place, new TreeMap<>(days.headMap(last, true)));
  }

  /**
   * From when on an event cannot change the figures of {@code last} or any day before it. Those
   * read the events dated that day or the next, and the events up to the day's morning. An offset
   * is at most 18 hours either way, so an event at this instant or later is dated two days after
   * {@code last} or later, in any offset, and is later than the end of {@code last} in any offset.
   */
  static Instant unaffectedFrom(LocalDate last) {
    return last.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The cache in {@code file} if it was made with this {@code key}; null if not, or unreadable. */
  public static DayCache load(Path file, String key) {
    String text = PrivateFile.readCache(file);
    if (text == null) {
      return null;
    }
    try {
      String[] lines = text.split("\n");
      if (lines.length < 3 || !lines[0].equals(HEADER) || !lines[1].equals("key " + key)
          || !lines[2].startsWith("journal ")) {
        return null;
      }
      String[] p = lines[2].split(" ", 4);
      Place place = new Place(p[3], Long.parseLong(p[1]), Long.parseLong(p[2]));
      NavigableMap<LocalDate, DayFigures> days = new TreeMap<>();
      LocalDate previous = null;
      for (int i = 3; i < lines.length; i++) {
        DayFigures d = decode(lines[i]);
        if (previous != null && !d.date().equals(previous.plusDays(1))) {
          return null;
        }
        days.put(d.date(), d);
        previous = d.date();
      }
      return new DayCache(place, days);
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  /**
   * Saves the settled days among {@code days} (consecutive, in date order) on {@code today}, made
   * from the journal up to {@code place}, readable by the owner only. A cache, so failing is fine.
   */
  public static void save(Path file, String key, Place place, Map<LocalDate, DayFigures> days,
      LocalDate today) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("key ").append(key).append('\n');
    b.append("journal ").append(place.end()).append(' ').append(place.crc()).append(' ')
        .append(place.file()).append('\n');
    for (DayFigures d : days.values()) {
      if (d.date().isAfter(today.minusDays(SETTLED))) {
        break;
      }
      b.append(encode(d)).append('\n');
    }
    PrivateFile.saveCache(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One day as a line of sixteen fields, in {@link DayFigures}' order. */
  static String encode(DayFigures d) {
    // Loops rather than streams: see the README's Speed section.
    List<String> rules = new ArrayList<>();
    for (Rule r : d.rules()) {
      rules.add(r.name());
    }
    List<String> during = new ArrayList<>();
    for (int p : d.during()) {
      during.add(Integer.toString(p));
    }
    List<String> volume = new ArrayList<>();
    for (Map.Entry<String, Integer> v : d.volume().entrySet()) {
      volume.add(escape(v.getKey()) + "=" + v.getValue());
    }
    List<String> timed = new ArrayList<>();
    for (String t : new java.util.TreeSet<>(d.timed())) {
      timed.add(escape(t));
    }
    List<String> signs = new ArrayList<>();
    for (StopSign s : d.stopSigns()) {
      signs.add(s.name());
    }
    return String.join(" ", d.date().toString(), flag(d.counted()),
        d.phase().isPresent() ? d.phase().get().name() : NONE, Integer.toString(d.planWeek()),
        d.decision().isPresent() ? d.decision().get().name() : NONE, list(rules),
        Integer.toString(d.prescribedSessions()), list(during), Integer.toString(d.reps()),
        Integer.toString(d.seconds()), list(volume), list(timed),
        d.morningPain().isPresent() ? Integer.toString(d.morningPain().getAsInt()) : NONE,
        d.nextDay().name(), list(signs), flag(d.cleared()));
  }

  static DayFigures decode(String line) {
    String[] f = line.split(" ", -1);
    if (f.length != 16) {
      throw new IllegalArgumentException("a day has 16 fields: " + line);
    }
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String r : items(f[5])) {
      rules.add(Rule.valueOf(r));
    }
    List<Integer> during = new ArrayList<>();
    for (String p : items(f[7])) {
      during.add(Integer.parseInt(p));
    }
    Map<String, Integer> volume = new LinkedHashMap<>();
    for (String v : items(f[10])) {
      int eq = v.indexOf('=');
      volume.put(unescape(v.substring(0, eq)), Integer.parseInt(v.substring(eq + 1)));
    }
    Set<String> timed = new HashSet<>();
    for (String t : items(f[11])) {
      timed.add(unescape(t));
    }
    List<StopSign> signs = new ArrayList<>();
    for (String s : items(f[14])) {
      signs.add(StopSign.valueOf(s));
    }
    return new DayFigures(date(f[0]), flag(f[1]),
        f[2].equals(NONE) ? Optional.empty() : Optional.of(Phase.valueOf(f[2])),
        Integer.parseInt(f[3]),
        f[4].equals(NONE) ? Optional.empty() : Optional.of(Decision.valueOf(f[4])), rules,
        Integer.parseInt(f[6]), List.copyOf(during), Integer.parseInt(f[8]),
        Integer.parseInt(f[9]), volume, timed,
        f[12].equals(NONE) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[12])),
        NextDay.valueOf(f[13]), List.copyOf(signs), flag(f[15]));
  }

  private static String flag(boolean b) {
    return b ? "1" : "0";
  }

  private static boolean flag(String s) {
    return switch (s) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new IllegalArgumentException("not 0 or 1: " + s);
    };
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? NONE : String.join(",", items);
  }

  private static List<String> items(String field) {
    return field.equals(NONE) ? List.of() : List.of(field.split(",", -1));
  }

  /**
   * An exercise id with nothing but letters, digits, '-', '_' and '.': any other character is
   * '%' and its four hex digits, so no space, comma, equals sign or {@value #NONE} is left.
   */
  static String escape(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
        b.append(c);
      } else {
        b.append('%').append(String.format("%04x", (int) c));
      }
    }
    return b.toString();
  }

  static String unescape(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '%') {
        b.append((char) Integer.parseInt(id.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A date as {@link LocalDate#toString} writes it from year 0 to 9999, read without a parser. */
  private static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw new IllegalArgumentException("not a date: " + s);
    }
    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
        Integer.parseInt(s.substring(8)));
  }
}
