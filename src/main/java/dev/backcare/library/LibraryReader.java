package dev.backcare.library;

import dev.backcare.BackcareException;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.PhaseSpec;
import dev.backcare.domain.Range;
import dev.backcare.domain.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.CRC32;

/** Loads and checks an exercise library: the bundled one, or a file a clinician edited. */
public final class LibraryReader {
  static final String BUNDLED = "/dev/backcare/library/exercises.yaml";
  static final String BUNDLED_NAME = "exercises.yaml (bundled)";
  /** The class the build packs the bundled library's tree into ({@link CompileLibrary}). */
  static final String TREE_CLASS = "dev.backcare.library.BundledTree";
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private LibraryReader() {}

  /** The library packed into backcare. */
  public static Library bundled() {
    byte[] tree = packedTree();
    if (tree == null) {
      // Only a build that skipped CompileLibrary (an IDE's, say) has no tree: read the YAML.
      InputStream in = LibraryReader.class.getResourceAsStream(BUNDLED);
      if (in == null) {
        throw BackcareException.badLibrary("the bundled exercises.yaml is missing from this build");
      }
      return read(BUNDLED_NAME, in);
    }
    try {
      Node root = NodeFile.read(new DataInputStream(new ByteArrayInputStream(tree)));
      return parse(BUNDLED_NAME, root, "bundled");
    } catch (IOException e) {
      throw BackcareException.badLibrary("the bundled library in this build is damaged ("
          + e.getMessage() + "); build backcare again", e);
    } catch (LibraryError e) {
      throw BackcareException.badLibrary(e.getMessage(), e);
    }
  }

  /**
   * What tells this build of backcare from another (see {@link CompileLibrary#build}); empty for a
   * build that skipped CompileLibrary, such as an IDE's.
   */
  public static Optional<String> build() {
    try {
      return Optional.of((String) Class.forName(TREE_CLASS).getDeclaredField("BUILD").get(null));
    } catch (ReflectiveOperationException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /** The bytes of the tree the build packed, or null if this build has none. */
  static byte[] packedTree() {
    String[] parts;
    try {
      parts = (String[]) Class.forName(TREE_CLASS).getDeclaredField("PARTS").get(null);
    } catch (ClassNotFoundException e) {
      return null;
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw BackcareException.badLibrary("the bundled library in this build is damaged ("
          + e + "); build backcare again", e);
    }
    int size = 0;
    for (String part : parts) {
      size += part.length();
    }
    byte[] tree = new byte[size];
    int at = 0;
    for (String part : parts) {
      byte[] b = part.getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(b, 0, tree, at, b.length);
      at += b.length;
    }
    return tree;
  }

  /** A library file; errors name it as given. */
  public static Library load(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw BackcareException.badLibrary(file + ": is a folder, not a library file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw BackcareException.badLibrary(
            file + ": the library is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      // Read once, so that the fingerprint is of the very bytes the library was made from.
      byte[] bytes = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return read(file.toString(), new ByteArrayInputStream(bytes))
          .withFingerprint(Long.toHexString(crc.getValue()) + "-" + bytes.length);
    } catch (NoSuchFileException e) {
      throw BackcareException.badLibrary(file + ": no such library file");
    } catch (IOException e) {
      throw BackcareException.badLibrary(file + ": cannot read the library: " + e.getMessage(), e);
    }
  }

  static Library read(String name, InputStream in) {
    try {
      return parse(name, YamlTree.parse(name, in, false));
    } catch (LibraryError e) {
      throw BackcareException.badLibrary(e.getMessage(), e);
    }
  }

  static Library parse(String file, Node root) {
    return parse(file, root, null);
  }

  private static Library parse(String file, Node root, String fingerprint) {
    Fields top = Fields.of(file, "", root, Set.of("version", "rules", "program", "exercises"));
    top.integer("version", 1, 1);
    Thresholds thresholds = thresholds(Fields.of(file, "rules", top.required("rules"), RULE_KEYS));
    List<Exercise> exercises = ExerciseReader.all(top, "exercises");
    Set<String> ids = new HashSet<>();
    for (Exercise e : exercises) {
      ids.add(e.id());
    }
    ExerciseReader.checkLinks(top, exercises, ids);
    Fields program = Fields.of(file, "program", top.required("program"), Set.of("phases"));
    List<PhaseSpec> phases = phases(program, exercises);
    return new Library(file, thresholds, phases, exercises, fingerprint);
  }

  private static final Set<String> RULE_KEYS =
      Set.of(
          "painCeiling", "nextDayHoldMargin", "nextDayReduceMargin", "flareUpPain", "flareUpDays",
          "flareUpNextDayMargin", "daysBetweenProgressions", "weeklyVolumeCapPercent",
          "restAfterTrainingDays", "noImprovementWeeks", "phaseHoldDays",
          "reduceExtraRestSeconds", "holdStepSeconds", "minutesStep");

  private static Thresholds thresholds(Fields r) {
    Thresholds t =
        new Thresholds(
            r.integer("painCeiling", 0, 10),
            r.integer("nextDayHoldMargin", 1, 10),
            r.integer("nextDayReduceMargin", 1, 10),
            r.integer("flareUpPain", 1, 10),
            r.integer("flareUpDays", 1, 14),
            r.integer("flareUpNextDayMargin", 1, 10),
            r.integer("daysBetweenProgressions", 1, 60),
            r.integer("weeklyVolumeCapPercent", 0, 100),
            r.integer("restAfterTrainingDays", 1, 14),
            r.integer("noImprovementWeeks", 1, 104),
            r.integer("phaseHoldDays", 0, 60),
            r.integer("reduceExtraRestSeconds", 0, 600),
            r.integer("holdStepSeconds", 1, 60),
            r.integer("minutesStep", 1, 30));
    if (t.nextDayReduceMargin() <= t.nextDayHoldMargin()) {
      throw r.error("nextDayReduceMargin", "must be larger than nextDayHoldMargin ("
          + t.nextDayHoldMargin() + "), got " + t.nextDayReduceMargin());
    }
    if (t.flareUpNextDayMargin() < t.nextDayReduceMargin()) {
      throw r.error("flareUpNextDayMargin", "must be at least nextDayReduceMargin ("
          + t.nextDayReduceMargin() + "), got " + t.flareUpNextDayMargin());
    }
    return t;
  }

  private static final Set<String> PHASE_KEYS =
      Set.of("id", "name", "fromWeek", "toWeek", "sets", "reps", "restSeconds", "timesPerDay",
          "summary", "exercises");

  private static List<PhaseSpec> phases(Fields program, List<Exercise> exercises) {
    List<Node> items = program.list("phases", false);
    Phase[] order = Phase.values();
    if (items.size() != order.length) {
      throw program.error("phases", "expected the " + order.length
          + " phases initial, building, maintenance; got " + items.size());
    }
    List<PhaseSpec> out = new ArrayList<>();
    int expectedFrom = 1;
    for (int i = 0; i < items.size(); i++) {
      Fields p = Fields.of(program.file(), "program.phases[" + i + "]", items.get(i), PHASE_KEYS);
      String id = p.string("id");
      if (!id.equals(order[i].id())) {
        throw p.error("id", "expected \"" + order[i].id() + "\" (phases go initial, building,"
            + " maintenance), got \"" + id + "\"");
      }
      int from = p.integer("fromWeek", 1, 520);
      if (from != expectedFrom) {
        throw p.error("fromWeek", "expected " + expectedFrom + " (right after the phase before),"
            + " got " + from);
      }
      boolean last = i == items.size() - 1;
      OptionalInt to = OptionalInt.empty();
      if (last && p.has("toWeek")) {
        throw p.error("toWeek", "the last phase has no end week");
      } else if (!last) {
        to = OptionalInt.of(p.integer("toWeek", from, 520));
        expectedFrom = to.getAsInt() + 1;
      }
      Fields reps = Fields.of(program.file(), p.name("reps"), p.required("reps"),
          Set.of("start", "target"));
      int start = reps.integer("start", 1, 100);
      int target = reps.integer("target", 1, 100);
      if (target < start) {
        throw reps.error("target", "must be at least the start (" + start + "), got " + target);
      }
      Range range = new Range(start, target);
      List<String> ids = p.strings("exercises", false);
      for (int j = 0; j < ids.size(); j++) {
        String ex = ids.get(j);
        Exercise e = null;
        for (Exercise x : exercises) {
          if (x.id().equals(ex)) {
            e = x;
            break;
          }
        }
        if (e == null) {
          throw p.error("exercises", "unknown exercise \"" + ex + "\"");
        }
        if (!e.fits(order[i])) {
          throw p.error("exercises", "\"" + ex + "\" is not marked for the " + order[i].id()
              + " phase in its own phases list");
        }
      }
      out.add(new PhaseSpec(order[i], p.string("name"), from, to, p.integer("sets", 1, 10), range,
          p.integer("restSeconds", 0, 600), p.integer("timesPerDay", 1, 24), p.string("summary"),
          List.copyOf(ids)));
    }
    return out;
  }
}
