package dev.backcare;

/**
 * The one exception a person sees: its message is the whole sentence printed on stderr, and it
 * carries the exit code.
 */
public final class BackcareException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  private BackcareException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static BackcareException badInput(String message) {
    return new BackcareException(ExitCode.BAD_INPUT, message, null);
  }

  public static BackcareException badLibrary(String message) {
    return new BackcareException(ExitCode.BAD_LIBRARY, message, null);
  }

  public static BackcareException badLibrary(String message, Throwable cause) {
    return new BackcareException(ExitCode.BAD_LIBRARY, message, cause);
  }

  public static BackcareException journal(String message, Throwable cause) {
    return new BackcareException(ExitCode.JOURNAL, message, cause);
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
