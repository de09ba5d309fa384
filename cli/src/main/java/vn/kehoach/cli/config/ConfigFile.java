package vn.kehoach.cli.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.kehoach.cli.Messages;
import vn.kehoach.cli.report.FailOn;
import vn.kehoach.cli.report.Format;
import vn.kehoach.model.Severity;

/**
 * A configuration file of {@code kehoach validate}, JSON ({@code .json}) or YAML ({@code .yml}, {@code .yaml}):
 *
 * <pre>
 * disable: [RECIPIENTS_MISSING]          # rules that do not run; also "A, B"
 * severity: {DEADLINE_UNPARSED: info}    # error, warning or info
 * failOn: warning                        # error, warning or never
 * lang: vi                               # vi or en
 * format: sarif                          # text, json, sarif, junit or github
 * </pre>
 *
 * <p>The file is UTF-8, with or without a byte-order mark. Everything is optional: a file holding only white
 * space or comments is no settings. Anything else (an unknown key or code, a bad level, a duplicate key, a file
 * that is not UTF-8, not JSON or YAML, or holds something other than a mapping) is a {@link ConfigException}
 * naming the file, the key and what is wrong.
 */
public final class ConfigFile {
    /** The names looked for in the working directory, in this order. */
    public static final List<String> NAMES = List.of(".kehoach.json", ".kehoach.yml", ".kehoach.yaml");
    private static final String BOM = "\uFEFF";
    private static final List<String> KEYS = List.of("disable", "severity", "failOn", "lang", "format");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigFile() {
    }

    /**
     * The configuration file in {@code dir}, if there is one.
     *
     * @throws ConfigException when there are two, which would leave it unclear which one counts
     */
    public static Optional<Path> find(Path dir) throws ConfigException {
        List<String> found = NAMES.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).toList();
        if (found.size() > 1) {
            throw new ConfigException(String.join(" and ", found) + " are both in "
                    + dir.toAbsolutePath().normalize() + "; keep one");
        }
        return found.stream().findFirst().map(dir::resolve);
    }

    /**
     * Reads the settings of a configuration file.
     *
     * @param file the file
     * @param name how messages name it (as the user gave it)
     * @throws ConfigException when the file cannot be read or used
     */
    public static Settings read(Path file, String name) throws ConfigException {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = fileName.endsWith(".json");
        if (!json && !fileName.endsWith(".yml") && !fileName.endsWith(".yaml")) {
            throw new ConfigException(name + ": a configuration file must be JSON (.json) or YAML (.yml, .yaml)");
        }
        String text;
        try {
            text = Files.readString(file); // UTF-8, refusing malformed bytes
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(name + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read (" + Messages.oneLine(e.getMessage()) + ")");
        }
        if (text.startsWith(BOM)) {
            text = text.substring(1); // editors on Windows write one; the JSON parser would take it for a value
        }
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String what = e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")
                    ? "a second value follows the first" : Messages.oneLine(e.getOriginalMessage());
            throw new ConfigException(name + ": not valid " + (json ? "JSON" : "YAML") + where + ": " + what);
        }
        if (root == null || root.isMissingNode() || !json && root.isNull()) {
            return Settings.NONE; // only white space or comments (or a bare YAML "---"): every key is optional
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": must hold a mapping of settings (" + String.join(", ", KEYS)
                    + "), not " + kind(root));
        }
        return settings(root, name);
    }

    private static Settings settings(JsonNode root, String name) throws ConfigException {
        Set<String> disabled = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        FailOn failOn = null;
        Language language = null;
        Format format = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String where = name + ": " + key;
            switch (key) {
                case "disable" -> disabled.addAll(codes(value, where));
                case "severity" -> severities.putAll(severities(value, where));
                case "failOn" -> failOn = Settings.choice(FailOn.class, text(value, where), where);
                case "lang" -> language = Settings.choice(Language.class, text(value, where), where);
                case "format" -> format = Settings.choice(Format.class, text(value, where), where);
                default -> throw new ConfigException(name + ": unknown key '" + key + "'" + suggest(key)
                        + "; the keys are " + String.join(", ", KEYS));
            }
        }
        return new Settings(disabled, severities, failOn, language, format);
    }

    /** A list of codes, or one string of codes separated by commas. */
    private static List<String> codes(JsonNode value, String where) throws ConfigException {
        List<String> codes = new ArrayList<>();
        if (value.isTextual()) {
            for (String code : value.textValue().split(",")) {
                codes.add(Settings.code(code.strip(), where));
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new ConfigException(where + ": must be a list of rule codes, but holds " + kind(item));
                }
                codes.add(Settings.code(item.textValue().strip(), where));
            }
        } else {
            throw new ConfigException(where + ": must be a list of rule codes, not " + kind(value));
        }
        return codes;
    }

    private static Map<String, Severity> severities(JsonNode value, String where) throws ConfigException {
        if (!value.isObject()) {
            throw new ConfigException(where + ": must be a mapping of rule codes to levels (CODE: error, warning or "
                    + "info), not " + kind(value));
        }
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String code = Settings.code(e.getKey(), where);
            out.put(code, Settings.choice(Severity.class, text(e.getValue(), where + "." + code), where + "." + code));
        }
        return out;
    }

    private static String text(JsonNode value, String where) throws ConfigException {
        if (!value.isTextual()) {
            throw new ConfigException(where + ": must be a word, not " + kind(value));
        }
        return value.textValue().strip();
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isNull()) {
            return "nothing (null)";
        }
        return node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    }

    private static String suggest(String key) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return KEYS.stream().filter(k -> k.equalsIgnoreCase(key) || distance.apply(k, key) <= 2).findFirst()
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }
}
