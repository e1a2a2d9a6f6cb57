package dev.backcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from the build. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/backcare/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"backcare " + p.getProperty("version", "(unknown version)")};
  }
}
