package dev.backcare.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Every JSON document backcare prints goes through here: pretty-printed, its text escaped as
 * {@link JsonEscapes} says, and ended with a line end.
 */
public final class JsonOut {
  private JsonOut() {}

  /** What writes the document's values. */
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  public static void write(PrintWriter out, Body body) {
    try {
      JsonGenerator g = JsonEscapes.on(new JsonFactory().createGenerator(out))
          .useDefaultPrettyPrinter();
      body.write(g);
      g.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
