package dev.backcare.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;

/** A mistake in the library, with the file, line, column and field it is at. */
final class LibraryError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LibraryError(String file, int line, int column, String field, String problem) {
    super(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
  }

  static LibraryError at(String file, Node node, String field, String problem) {
    return new LibraryError(file, node.line(), node.column(), field, problem);
  }

  static LibraryError syntax(String file, Exception e) {
    int line = 1;
    int column = 1;
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation at = j.getLocation();
      line = Math.max(1, at.getLineNr());
      column = Math.max(1, at.getColumnNr());
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof JsonProcessingException j) {
      why = j.getOriginalMessage();
    }
    why = why.lines().findFirst().orElse(why).strip();
    return new LibraryError(file, line, column, "", "not valid YAML: " + why);
  }
}
