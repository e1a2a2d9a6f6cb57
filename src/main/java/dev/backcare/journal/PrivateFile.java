package dev.backcare.journal;

import dev.backcare.BackcareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file made from the journal (a report, a calendar): readable by its owner only, as the
 * journal is, and replaced whole, so a reader never sees half of it.
 */
public final class PrivateFile {
  private PrivateFile() {}

  /** Writes {@code content} to {@code target}, replacing it; refuses folders and missing ones. */
  public static void write(Path target, byte[] content) {
    Path folder = target.toAbsolutePath().getParent();
    if (Files.isDirectory(target)) {
      throw BackcareException.badInput("cannot write to " + target + ": it is a folder");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw BackcareException.badInput("cannot write to " + target + ": the folder " + folder
          + " does not exist");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (AccessDeniedException e) {
      throw BackcareException.badInput("cannot write to " + target + ": permission denied");
    } catch (NoSuchFileException e) {
      throw BackcareException.badInput("cannot write to " + target + ": no such folder");
    } catch (FileSystemException e) {
      throw BackcareException.badInput("cannot write to " + target + ": "
          + (e.getReason() == null ? e.getMessage() : e.getReason()));
    } catch (IOException e) {
      throw BackcareException.badInput("cannot write to " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and harmless; the error above is what matters.
        }
      }
    }
  }
}
