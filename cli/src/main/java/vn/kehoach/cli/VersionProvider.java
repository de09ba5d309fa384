package vn.kehoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Prints {@code kehoach <version>}, the version coming from the pom through the filtered version.properties. */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"kehoach " + version()};
    }

    /** The project version, e.g. {@code 0.1.0}. */
    public static String version() {
        return properties().getProperty("version");
    }

    /**
     * The project's home page, for reports that name the tool (SARIF's {@code informationUri}): the build property
     * {@code kehoach.informationUri} of cli/pom.xml; empty while it is not set.
     */
    public static Optional<String> informationUri() {
        String uri = properties().getProperty("informationUri", "").strip();
        return uri.isEmpty() || uri.contains("${") ? Optional.empty() : Optional.of(uri);
    }

    private static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
