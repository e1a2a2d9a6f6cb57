package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What is saved is what is read: any event the encoder accepts is read back equal, and one it
 * refuses is refused as bad input, in one line.
 */
class LimitsRoundTripTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 0,
      ZoneOffset.ofHours(1));

  @Property(tries = 50, seed = "4")
  void anEventTheEncoderAcceptsIsReadBackEqual(@ForAll("events") Event e) {
    String line;
    try {
      line = EventCodec.encode(e);
    } catch (BackcareException refused) {
      assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
      assertTrue(refused.getMessage().startsWith("cannot save the " + e.type() + ": "),
          refused.getMessage());
      assertTrue(refused.getMessage().lines().count() == 1, refused.getMessage());
      return;
    }
    byte[] bytes = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Journal.Contents read = JournalLines.parse(bytes);
    assertEquals(List.of(), read.problems(), line);
    assertEquals(List.of(e), read.events(), line);
  }

  @Property(tries = 50, seed = "5")
  void eventsWithinTheLimitsAreAllAccepted(@ForAll("fair") Event e) {
    assertEquals(List.of(e), JournalLines.parse((EventCodec.encode(e) + "\n").getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).events());
  }

  @Provide
  Arbitrary<Event> events() {
    return choose(Arbitraries.integers().between(-2, 100_000),
        Arbitraries.strings().ofMaxLength(70), true);
  }

  @Provide
  Arbitrary<Event> fair() {
    return choose(Arbitraries.integers().between(1, 10),
        Arbitraries.strings().alpha().numeric().withChars("äé☂-").ofMinLength(1).ofMaxLength(64),
        false);
  }

  private static Arbitrary<Event> choose(Arbitrary<Integer> number, Arbitrary<String> text,
      boolean any) {
    Arbitrary<Integer> pain = any ? number : Arbitraries.integers().between(0, 10);
    Arbitrary<Optional<String>> note = text.optional();
    Arbitrary<OffsetDateTime> at = Arbitraries.integers().between(-100_000, 100_000)
        .map(m -> AT.plusMinutes(m).withOffsetSameLocal(ZoneOffset.ofHours(m % 3)));
    Arbitrary<Performed> performed = Combinators.combine(text, number, number,
        Arbitraries.of(true, false)).as(Performed::new);
    Arbitrary<Event> session = Combinators.combine(text, at, performed.list().ofMinSize(any ? 0 : 1).ofMaxSize(3),
        pain, pain.optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty())),
        note, Arbitraries.of(StopSign.class).list().ofMaxSize(2))
        .as((id, t, done, during, before, n, signs) -> new Session(id, t, Phase.INITIAL, done,
            during, before, OptionalInt.empty(), n, signs));
    Arbitrary<Event> checkIn = Combinators.combine(text, at, pain, note).as(CheckIn::new);
    Arbitrary<Event> correction = Combinators.combine(text, at, text, note)
        .as(Correction::new);
    Arbitrary<Event> plan = Combinators.combine(text, at, text.list().ofMaxSize(3))
        .as((id, t, list) -> new PlanStart(id, t, LocalDate.of(2026, 3, 2), list));
    return Arbitraries.oneOf(session, checkIn, correction, plan);
  }
}
