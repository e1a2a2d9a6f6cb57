package dev.backcare.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON's funnel for untrusted text: besides what JSON itself requires (quotes, backslashes and C0
 * controls), DEL, the C1 controls, the line and paragraph separators and the marks that reverse
 * the text's direction are written as {@code \}{@code uXXXX} escapes, so JSON printed to a terminal
 * cannot send one raw. A JSON reader gets the text back exactly.
 */
public final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final JsonEscapes INSTANCE = new JsonEscapes();
  private final int[] ascii;

  private JsonEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  /** {@code g}, escaping as this class says. */
  public static JsonGenerator on(JsonGenerator g) {
    return g.setCharacterEscapes(INSTANCE);
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    // Called with each half of a surrogate pair alone: those pass, as a pair or not (a half is
    // only ever written as "?", by the UTF-8 encoder).
    return Printable.hidden(c) && !Character.isSurrogate((char) c)
        ? new SerializedString(String.format("\\u%04x", c)) : null;
  }
}
