package dev.backcare;

/** The documented exit codes of every backcare command. */
public enum ExitCode {
  OK(0, "success"),
  INTERNAL(1, "an unexpected internal error (run again with --debug to see why)"),
  BAD_INPUT(2, "bad usage or bad input; nothing was written"),
  BAD_LIBRARY(3, "the exercise library is missing or invalid"),
  JOURNAL(4, "the journal could not be read or written"),
  CANCELLED(130, "cancelled at a prompt (Ctrl-C or Ctrl-D); nothing was written");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
