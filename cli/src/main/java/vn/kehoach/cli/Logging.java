package vn.kehoach.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets the libraries' logging before anything creates a logger. Tika logs through slf4j, POI through log4j-api
 * (bridged to slf4j) and PDFBox through commons-logging (which finds log4j-api); all of it ends in slf4j-simple on
 * standard error, which reads its level once per logger, so this must run first thing in {@code main}.
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    /**
     * Counts {@code -v}, {@code -vv} and {@code --verbose} among the arguments, up to a {@code --} that ends the
     * options. picocli parses the arguments later, after the libraries may already have logged.
     */
    static int verbosity(String[] args) {
        int level = 0;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--verbose")) {
                level++;
            } else if (arg.matches("-v+")) {
                level += arg.length() - 1;
            }
        }
        return level;
    }

    /**
     * Level 0: errors only; 1: info and warnings; 2 or more: debug. A level set with {@code -D} in JAVA_OPTS is kept
     * at level 0.
     */
    static void configure(int verbosity) {
        String level = verbosity == 0 ? "error" : verbosity == 1 ? "info" : "debug";
        if (verbosity > 0 || System.getProperty(PREFIX + "defaultLogLevel") == null) {
            System.setProperty(PREFIX + "defaultLogLevel", level);
        }
        setIfAbsent(PREFIX + "logFile", "System.err");
        setIfAbsent(PREFIX + "showThreadName", "false");
        setIfAbsent(PREFIX + "showShortLogName", "true");
        // slf4j's own start-up notes ("SLF4J(W): ...") stay quiet unless asked for.
        setIfAbsent("slf4j.internal.verbosity", verbosity == 0 ? "ERROR" : "WARN");
        Logger.getLogger("").setLevel(verbosity == 0 ? Level.SEVERE : verbosity == 1 ? Level.INFO : Level.FINE);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
