package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each hand-written check gives what its regular expression gives. */
class PlainTest {

  /** Short texts of the characters the checks care about, and a few they must refuse. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("09a-z-Z \t\n\u000B\f\r\u001c\u00a0\u2003\u0663x5")
        .ofMaxLength(12);
  }

  @Property(tries = 5000, seed = "20260302")
  void wholeNumber(@ForAll("texts") String text) {
    assertEquals(text.matches("-?\\d{1,9}"), Plain.wholeNumber(text), text);
  }

  @Property(tries = 5000, seed = "20260302")
  void oneOrTwoDigits(@ForAll("texts") String text) {
    assertEquals(text.matches("\\d{1,2}"), Plain.oneOrTwoDigits(text), text);
  }

  @Property(tries = 5000, seed = "20260302")
  void slug(@ForAll("texts") String text) {
    assertEquals(text.matches("[a-z0-9]+(-[a-z0-9]+)*"), Plain.slug(text), text);
  }

  @Property(tries = 5000, seed = "20260302")
  void words(@ForAll("texts") String text) {
    assertEquals(List.of(text.strip().split("\\s+")), Plain.words(text), text);
  }
}
