package dev.backcare.journal;

import dev.backcare.BackcareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * A file made from the person's data, such as a calendar: written whole, readable by the owner
 * only (mode 0600), through a temporary file in the same folder that is moved into place, so the
 * file is either the old one or the complete new one. An existing file is replaced only when the
 * person asks, and never through a symbolic link.
 */
public final class PrivateFile {
  private PrivateFile() {}

  /**
   * Writes {@code bytes} to {@code path}; {@code what} names the contents in messages. An existing
   * file is replaced only with {@code replace}, and a symbolic link never: the file it points to
   * stays as it is. It never writes over a file of {@code inUse} (the journal, the library), each
   * named by how messages call it. A failure is bad input (exit 2), and leaves nothing behind.
   */
  public static void write(Path path, String what, byte[] bytes, boolean replace,
      Map<Path, String> inUse) {
    if (Files.isDirectory(path)) {
      throw BackcareException.badInput(path + ": is a folder; give a file name for " + what);
    }
    inUse.forEach((file, name) -> {
      if (same(path, file)) {
        throw BackcareException.badInput(path + ": is " + name + "; give another file name for "
            + what);
      }
    });
    if (Files.isSymbolicLink(path)) {
      throw BackcareException.badInput(path + ": is a symbolic link, and backcare does not write"
          + " through links; give another file name for " + what);
    }
    if (!replace && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw exists(path);
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
      if (replace) {
        // A rename replaces the name itself: a link put there meanwhile is replaced, not followed.
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } else {
        moveUnlessThere(temp, path);
      }
    } catch (FileAlreadyExistsException e) {
      throw exists(path);
    } catch (IOException e) {
      throw BackcareException.badInput(path + ": cannot write " + what + ": "
          + Journal.reason(e, path) + "; nothing was written");
    } finally {
      deleteQuietly(temp);
    }
  }

  private static BackcareException exists(Path path) {
    return BackcareException.badInput(path + ": already exists; add --force to replace it, or"
        + " give another file name");
  }

  /**
   * Moves {@code temp} to {@code path} only if nothing is there: a hard link fails on any name
   * already taken, even one made since the check; where the file system has no hard links, a move
   * without replacing.
   */
  private static void moveUnlessThere(Path temp, Path path) throws IOException {
    try {
      Files.createLink(path, temp);
    } catch (FileAlreadyExistsException taken) {
      throw taken;
    } catch (IOException | UnsupportedOperationException noHardLinks) {
      Files.move(temp, path);
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
    if (!Files.isRegularFile(path)) {
      // Nothing there, or a pipe or device, which reading would wait on.
      return null;
    }
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
