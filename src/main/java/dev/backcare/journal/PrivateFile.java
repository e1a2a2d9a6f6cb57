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
