package dev.backcare.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backcare.text.Printable;

/** A mistake in the library, with the file, line, column and field it is at. */
final class LibraryError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int LONGEST_PATH = 4096;

  /** The file's name as given; the field and the problem may quote the file, so are kept short. */
  LibraryError(String file, int line, int column, String field, String problem) {
    super(Printable.line(file, LONGEST_PATH) + ":" + line + ":" + column + ": "
        + (field.isEmpty() ? "" : Printable.line(field, 80) + ": ") + Printable.line(problem, 200));
  }

  private LibraryError(String file, String problem) {
    super(Printable.line(file, LONGEST_PATH) + ": " + problem);
  }

  /** The problem with {@code c}, a character {@link Printable#hidden} hides. */
  static String hidden(int c) {
    String code = String.format("U+%04X", c);
    String what = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        ? "a mark that changes the text's direction (" + code + ")"
        : c == 0x2028 || c == 0x2029 ? "a line or paragraph separator (" + code + ")"
        : "a control character (" + code + ")";
    return what + "; the file must be plain text";
  }

  static LibraryError at(String file, Node node, String field, String problem) {
    return new LibraryError(file, node.line(), node.column(), field, problem);
  }

  /** A YAML parser failure: the parser's own problem and its position, or the encoding. */
  static LibraryError syntax(String file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.charset.CharacterCodingException) {
        return new LibraryError(file, "the file is not UTF-8 text");
      }
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
        org.yaml.snakeyaml.error.Mark mark =
            m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = m.getProblem().contains("(TAB)")
            ? "a tab where YAML needs spaces; indent and separate with spaces only"
            : m.getProblem();
        return new LibraryError(file, line, column, "", "not valid YAML: " + problem);
      }
    }
    int line = 1;
    int column = 1;
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation at = j.getLocation();
      line = Math.max(1, at.getLineNr());
      column = Math.max(1, at.getColumnNr());
    }
    String why = e.getMessage() == null ? "unreadable" : e.getMessage();
    if (e instanceof JsonProcessingException j) {
      why = j.getOriginalMessage();
    }
    why = why.lines().findFirst().orElse(why).strip();
    return new LibraryError(file, line, column, "", "not valid YAML: " + why);
  }
}
