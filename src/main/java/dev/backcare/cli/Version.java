package dev.backcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and the commit it was built from, both written by the build. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    String version = read("version.properties").getProperty("version", "(unknown version)");
    String commit = read("commit.properties").getProperty("commit", "unknown");
    return new String[] {"backcare " + version + " (commit " + commit + ")"};
  }

  private static Properties read(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/backcare/" + name)) {
      if (in != null) {
        p.load(in);
      }
    }
    return p;
  }
}
