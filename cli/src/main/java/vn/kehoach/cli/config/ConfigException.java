package vn.kehoach.cli.config;

/** A setting that cannot be used; the message is one line that says where ({@code FILE: key: what}). */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
