package dev.backcare.journal;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event;
import dev.backcare.text.Printable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal file: JSON Lines, only ever appended to. Each append is one write of one whole line
 * under an exclusive lock, forced to disk before it returns. Reading skips damaged lines and
 * reports them, leaving them in place. A failed append is cut back under the same lock, so that
 * nothing of it counts. (About 280 lines: the locking, reading and appending of one file, with
 * the wording of every way they can fail.)
 */
public final class Journal {
  /**
   * File locks belong to the whole JVM, so two journals on one file in one process would collide;
   * threads take this lock for the file first, then the file lock guards against other processes.
   */
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  /** What a journal path that is a pipe, a device or a socket is. */
  private static final String NOT_A_FILE = "is not a regular file (a pipe or a device?)";

  private final Path path;
  private final boolean createFolder;
  private final Writes writes;

  /** How an append's bytes reach the file; tests put in one that fails part way. */
  interface Writes {
    Writes FILE = new Writes() {};

    default int write(FileChannel ch, ByteBuffer buf, long at) throws IOException {
      return ch.write(buf, at);
    }

    default void force(FileChannel ch) throws IOException {
      ch.force(true);
    }
  }

  /**
   * A journal at {@code path}. With {@code createFolder} a missing folder is made (mode 0700), as
   * for the default location; otherwise a missing folder is an error, so a mistyped path is not
   * silently made.
   */
  public Journal(Path path, boolean createFolder) {
    this(path, createFolder, Writes.FILE);
  }

  Journal(Path path, boolean createFolder, Writes writes) {
    this.path = path;
    this.createFolder = createFolder;
    this.writes = writes;
  }

  public Path path() {
    return path;
  }

  /** Whether there is a journal file yet: the first entry makes it. */
  public boolean exists() {
    return Files.exists(path);
  }

  /** A damaged line: where it is and what is wrong with it. */
  public record Problem(int line, String why) {
    /** The reason may quote the line: it is kept to one short printable line. */
    public Problem {
      why = Printable.line(why, EventCodec.BadLine.LONGEST);
    }

    /**
     * Whether the line is from a newer backcare: a higher format version "v", or a type this one
     * does not know.
     */
    public boolean newer() {
      return why.startsWith(EventFields.NEWER) || why.startsWith(EventFields.UNKNOWN_TYPE);
    }

    /** Whether the line may be an append cut short (a crash): no sign of a file not a journal. */
    boolean torn() {
      return why.equals(JournalLines.UNFINISHED) || why.equals(EventCodec.CUT_OFF);
    }

    public String describe(Path file) {
      if (why.equals(JournalLines.UNFINISHED)) {
        return file + ":" + line + ": " + why + ": left as it is";
      }
      return file + ":" + line + ": skipped a damaged line (" + why + "); it is left as it is";
    }
  }

  /** What reading the journal gave: every good event in file order, and the damaged lines. */
  public record Contents(List<Event> events, List<Problem> problems) {
    /** The lines a newer backcare wrote (see {@link Problem#newer}), which make it read-only. */
    public List<Problem> newer() {
      return problems.stream().filter(Problem::newer).toList();
    }

    /**
     * Whether the file may be a journal: empty, or with an entry, or with nothing but a torn last
     * line (an append a crash cut short).
     */
    public boolean looksLikeAJournal() {
      return !events.isEmpty() || problems.stream().allMatch(Problem::torn);
    }

    /** The damaged lines: those that cannot be read, other than a newer backcare's. */
    public List<Problem> damaged() {
      return problems.stream().filter(p -> !p.newer()).toList();
    }
  }

  /**
   * Refuses to add to a journal whose {@code contents} say this backcare must not (exit 4): one
   * with lines from a newer backcare, which this version cannot fully read, or a file that does
   * not look like a journal at all: lines, and none of them an entry (a torn last line aside).
   */
  public void refuseIfNotOurs(Contents contents) {
    List<Problem> newer = contents.newer();
    if (!newer.isEmpty()) {
      throw BackcareException.journal(path + ": line " + newer.get(0).line() + " was written by a"
          + " newer version of backcare; this one only reads this journal, so nothing was saved."
          + " Update backcare to log again", null);
    }
    if (!contents.looksLikeAJournal()) {
      throw BackcareException.journal(path + ": this does not look like a backcare journal (no"
          + " line of it is an entry), so nothing was saved; check the journal's name", null);
    }
  }

  /**
   * Reads every line; never fails on a damaged line. A missing file is an empty journal. Only the
   * lines after those its memo ({@link ParsedPrefixMemo}) has already read are parsed; what it
   * returns is the same with the memo or without it.
   */
  public Contents read() {
    return readLocked(new Contents(List.of(), List.of()), ch -> ParsedPrefixMemo.read(path, readAll(ch)));
  }

  /** How the journal is read once it is open and share-locked against writers. */
  private interface Reading<T> {
    T from(FileChannel ch) throws IOException;
  }

  /**
   * Opens the journal, holds a shared lock while {@code reading} runs, and words any failure;
   * {@code missing} if there is no journal yet.
   */
  private <T> T readLocked(T missing, Reading<T> reading) {
    if (Files.isDirectory(path)) {
      throw BackcareException.journal(path + ": is a folder, not a journal file", null);
    }
    if (!Files.exists(path)) {
      return missing;
    }
    if (!Files.isRegularFile(path)) {
      // Opening a pipe waits for a writer: refused before, never opened.
      throw BackcareException.journal(path + ": " + NOT_A_FILE + ", not a journal file", null);
    }
    ReentrantLock local = inProcessLock();
    local.lock();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      try (FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
        return reading.from(ch);
      }
    } catch (AccessDeniedException e) {
      throw BackcareException.journal(path + ": cannot read the journal: permission denied", e);
    } catch (IOException e) {
      throw BackcareException.journal(path + ": cannot read the journal: " + reason(e, path), e);
    } finally {
      local.unlock();
    }
  }

  /**
   * Appends one event as one line. If the file does not end in a newline (a torn last line), the
   * new line starts on a fresh line and the torn bytes stay where they are. If writing or forcing
   * the line to disk fails, the file is cut back to its size before the append, so that nothing of
   * it counts, and the error is reported.
   */
  public void append(Event event) {
    append(List.of(event));
  }

  /**
   * Appends events as one write of their lines, so that either all of them count or, if the write
   * fails, none does: a correction and the entry that replaces it are saved together.
   */
  public void append(List<Event> events) {
    StringBuilder text = new StringBuilder();
    events.forEach(e -> text.append(EventCodec.encode(e)).append('\n'));
    byte[] line = text.toString().getBytes(StandardCharsets.UTF_8);
    ReentrantLock local = inProcessLock();
    local.lock();
    try {
      createFolder();
      try (FileChannel ch = open(); FileLock lock = ch.lock()) {
        long size = ch.size();
        ByteBuffer buf;
        if (size > 0 && !endsWithNewline(ch, size)) {
          buf = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line);
          buf.flip();
        } else {
          buf = ByteBuffer.wrap(line);
        }
        try {
          long at = size;
          while (buf.hasRemaining()) {
            at += writes.write(ch, buf, at);
          }
          writes.force(ch);
        } catch (IOException | RuntimeException e) {
          undo(ch, size, e);
          throw e;
        }
      }
    } catch (IOException e) {
      throw BackcareException.journal(
          path + ": cannot write the journal: " + reason(e, path) + "; nothing was saved", e);
    } finally {
      local.unlock();
    }
  }

  /** Cuts the file back to {@code size} after a failed append; a failure to is added to it. */
  private static void undo(FileChannel ch, long size, Exception failed) {
    try {
      ch.truncate(size);
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      failed.addSuppressed(e);
    }
  }

  /** One lock per real file, however the path reaches it (symlinks, "..", relative). */
  private ReentrantLock inProcessLock() {
    Path absolute = path.toAbsolutePath().normalize();
    Path key = absolute;
    try {
      Path parent = absolute.getParent();
      key = parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
      key = Files.isSymbolicLink(key) ? key.toRealPath() : key;
    } catch (IOException missingFolder) {
      // The folder is not there yet: only this path can reach the file.
    }
    synchronized (IN_PROCESS) {
      ReentrantLock lock = IN_PROCESS.get(key);
      if (lock == null) {
        lock = new ReentrantLock();
        IN_PROCESS.put(key, lock);
      }
      return lock;
    }
  }

  private FileChannel open() throws IOException {
    if (Files.exists(path)) {
      if (Files.isDirectory(path)) {
        throw new FileSystemException(path.toString(), null, "it is a folder, not a file");
      }
      if (!Files.isRegularFile(path)) {
        throw new FileSystemException(path.toString(), null, "it " + NOT_A_FILE);
      }
      return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
    try {
      return FileChannel.open(path,
          Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (java.nio.file.FileAlreadyExistsException raced) {
      return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
  }

  private void createFolder() throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      if (!createFolder) {
        throw new NoSuchFileException(parent.toString());
      }
      Files.createDirectories(parent,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
  }

  private static byte[] readAll(FileChannel ch) throws IOException {
    long size = ch.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("the journal is larger than 2 GB");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    while (buf.hasRemaining() && ch.read(buf, buf.position()) >= 0) {
      // read until full or end of file
    }
    return buf.array().length == buf.position() ? buf.array()
        : java.util.Arrays.copyOf(buf.array(), buf.position());
  }

  private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    ch.read(last, size - 1);
    return last.get(0) == '\n';
  }

  /** Why reading or writing {@code path} failed, in words. */
  static String reason(IOException e, Path path) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder " + path.toAbsolutePath().getParent() + " does not exist";
    }
    String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage();
    if (m == null || m.isEmpty()) {
      return e.getClass().getSimpleName();
    }
    return switch (m) {
      case "No space left on device" -> "the disk is full";
      case "File too large" -> "the file has reached the size limit for files (ulimit -f)";
      case "Disk quota exceeded" -> "your disk quota is used up";
      default -> Character.toLowerCase(m.charAt(0)) + m.substring(1);
    };
  }
}
