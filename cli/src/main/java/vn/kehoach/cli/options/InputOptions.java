package vn.kehoach.cli.options;

import java.nio.charset.Charset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kehoach.parser.PlanParser;

/** How documents are read, {@code --encoding} and {@code --max-size}; shared by the commands that read plans. */
public final class InputOptions {
    private static final long MIB = 1L << 20;
    /** The reader holds a whole input in one byte array. */
    private static final long MAX_SIZE_MIB = 2047;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = {"The encoding of plain-text input. Default: detected from the byte-order mark or the "
                    + "bytes (UTF-8, UTF-16, Windows-1258, or the legacy TCVN3 and VNI fonts). Ignored for other "
                    + "formats; text in a legacy font inside DOCX, DOC or HTML is decoded line by line anyway.",
                    "Example: --encoding windows-1258"})
    private Charset encoding;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "64",
            description = {"Refuse inputs larger than this many mebibytes, 1 to " + MAX_SIZE_MIB
                    + ". Default: ${DEFAULT-VALUE}.",
                    "Example: --max-size 200"})
    private long maxSizeMiB;

    /**
     * A parser builder with these options applied.
     *
     * @throws ParameterException when --max-size is out of range
     */
    public PlanParser.Builder parserBuilder() {
        if (maxSizeMiB < 1 || maxSizeMiB > MAX_SIZE_MIB) {
            throw new ParameterException(spec.commandLine(),
                    "--max-size must be between 1 and " + MAX_SIZE_MIB + " MiB, not " + maxSizeMiB);
        }
        PlanParser.Builder builder = PlanParser.builder().maxInputBytes(maxSizeMiB * MIB);
        if (encoding != null) {
            builder.charset(encoding);
        }
        return builder;
    }
}
