package dev.backcare.journal;

import dev.backcare.BackcareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file made from the person's data, such as a calendar: written whole, readable by the owner
 * only (mode 0600), through a temporary file in the same folder that is moved into place, so the
 * file is either the old one or the complete new one.
 */
public final class PrivateFile {
  private PrivateFile() {}

  /**
   * Writes {@code bytes} to {@code path}; {@code what} names the contents in messages. It never
   * replaces the journal. A failure is bad input (exit 2), and leaves nothing behind.
   */
  public static void write(Path path, String what, byte[] bytes, Path journal) {
    if (Files.isDirectory(path)) {
      throw BackcareException.badInput(path + ": is a folder; give a file name for " + what);
    }
    if (same(path, journal)) {
      throw BackcareException.badInput(path + ": is your journal; give another file name for "
          + what);
    }
    Path folder = path.toAbsolutePath().getParent();
    Path temp = null;
    try {
      if (!Files.isDirectory(folder)) {
        throw new NoSuchFileException(folder.toString());
      }
      temp = Files.createTempFile(folder, "." + path.getFileName() + ".", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw BackcareException.badInput(path + ": cannot write " + what + ": "
          + Journal.reason(e, path) + "; nothing was written");
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Writes a cache kept beside the journal, as {@link #write} does but without forcing it to disk
   * and without a word if it fails: a missing cache only means the next command reads more of the
   * journal.
   */
  public static void saveCache(Path path, byte[] bytes) {
    Path temp = null;
    try {
      // Named by the clock and an object's hash rather than by Files.createTempFile, whose
      // secure random numbers take milliseconds to set up. Should two names meet, CREATE_NEW
      // fails and the cache is not saved this time: another's file is never opened.
      Path name = path.toAbsolutePath().resolveSibling("." + path.getFileName() + "."
          + Long.toHexString(System.nanoTime()) + "." + Integer.toHexString(
              System.identityHashCode(new Object())) + ".tmp");
      try (FileChannel ch = FileChannel.open(name, Set.of(StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
        // Ours from here on, to delete if what follows fails; not before, if it was there.
        temp = name;
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException | UnsupportedOperationException e) {
      // Without the cache the next command reads the journal, as this one did.
    } finally {
      deleteQuietly(temp);
    }
  }

  /** A cache {@link #saveCache} wrote; null if there is none or it cannot be read. */
  public static byte[] readCache(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // Only a leftover temporary file; the message about the real failure matters more.
    }
  }
}
