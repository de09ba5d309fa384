package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a whole {@link ValidationReport} in one format, in one call. Implementations are stateless. */
public interface Reporter {
    void write(ValidationReport report, Writer out) throws IOException;
}
