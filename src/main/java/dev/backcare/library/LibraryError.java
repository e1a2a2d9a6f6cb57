package dev.backcare.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;

/** A mistake in the library, with the file, line, column and field it is at. */
final class LibraryError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LibraryError(String file, int line, int column, String field, String problem) {
    super(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
  }

  private LibraryError(String message) {
    super(message);
  }

  static LibraryError at(String file, Node node, String field, String problem) {
    return new LibraryError(file, node.line(), node.column(), field, problem);
  }

  /** A YAML parser failure: the parser's own problem and its position, or the encoding. */
  static LibraryError syntax(String file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.charset.CharacterCodingException) {
        return new LibraryError(file + ": the file is not UTF-8 text");
      }
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
        org.yaml.snakeyaml.error.Mark mark =
            m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return new LibraryError(file, line, column, "", "not valid YAML: " + m.getProblem());
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
