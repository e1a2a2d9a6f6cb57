package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonEscapesTest {
  static final String HOSTILE = "\u001b[31mred\u001b]8;;http://e\u0007x\u001b]8;;\u0007"
      + " \u0085 \u009b2J \u007f \u202eevil\u202c \u2066i\u2069 \u2028 caf\u00e9 \u2193 \ud83d\ude00";

  @Test
  void writesHiddenCharactersAsEscapesAndReadsBackTheSame() throws IOException {
    String json = write(HOSTILE);
    assertEquals("\"\\u001B[31mred\\u001B]8;;http://e\\u0007x\\u001B]8;;\\u0007 \\u0085"
        + " \\u009b2J \\u007F \\u202eevil\\u202c \\u2066i\\u2069 \\u2028 café ↓ \ud83d\ude00\"", json);
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      assertEquals(HOSTILE, p.getText());
    }
  }


  private static String write(String text) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonEscapes.on(new JsonFactory().createGenerator(out))) {
      g.writeString(text);
    }
    return out.toString();
  }
}
