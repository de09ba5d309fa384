package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.Rules;

/**
 * JUnit XML, as GitLab, Jenkins and most CI servers read it: {@code <testsuites>} holding one {@code <testsuite>} per
 * document (name = its path relative to the working directory), which holds one {@code <testcase>} per rule of the
 * registry (classname = the path, name = the rule's code).
 *
 * <ul>
 *   <li>A rule with findings at or above the fail-on level fails: {@code <failure type="CODE" message="...">}
 *       whose text lists them, one per line ({@code 13:43: error: message}, {@code -} for the whole document).
 *   <li>Findings below that level do not fail the case; they are listed in its {@code <system-out>}.
 *   <li>A disabled rule is {@code <skipped message="disabled"/>}.
 *   <li>An input that could not be read is a suite with one case, {@code read}, in {@code <error>}.
 * </ul>
 */
final class JUnitReporter implements Reporter {
    private static final String INDENT = "  ";

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            List<Suite> suites = new ArrayList<>();
            report.files().forEach(f -> suites.add(suite(f, report)));
            int tests = suites.stream().mapToInt(s -> s.cases().size()).sum() + report.unreadable().size();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "kehoach validate");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
            xml.writeAttribute("errors", Integer.toString(report.unreadable().size()));
            xml.writeAttribute("skipped", Integer.toString(suites.stream().mapToInt(Suite::skipped).sum()));
            for (Suite suite : suites) {
                suite.write(xml);
            }
            for (UnreadableFile u : report.unreadable()) {
                unreadable(u, xml);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("JUnit XML cannot be written: " + e.getMessage(), e);
        }
        out.write(buffer.toString());
    }

    /** One rule's test case: its findings split by the fail-on level, or skipped. */
    private record Case(String code, List<Finding> failures, List<Finding> others, boolean skipped) {
    }

    private record Suite(String name, List<Case> cases) {
        int failures() {
            return (int) cases.stream().filter(c -> !c.failures().isEmpty()).count();
        }

        int skipped() {
            return (int) cases.stream().filter(Case::skipped).count();
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            newline(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", name);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Integer.toString(failures()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(skipped()));
            for (Case c : cases) {
                newline(xml, 2);
                boolean empty = !c.skipped() && c.failures().isEmpty() && c.others().isEmpty();
                if (empty) {
                    xml.writeEmptyElement("testcase");
                } else {
                    xml.writeStartElement("testcase");
                }
                xml.writeAttribute("classname", name);
                xml.writeAttribute("name", c.code());
                if (empty) {
                    continue;
                }
                if (c.skipped()) {
                    newline(xml, 3);
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", "disabled");
                }
                if (!c.failures().isEmpty()) {
                    newline(xml, 3);
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", c.code());
                    xml.writeAttribute("message", c.failures().size() == 1
                            ? text(c.failures().get(0).diagnostic().message())
                            : c.failures().size() + " findings");
                    xml.writeCharacters(list(c.failures()));
                    xml.writeEndElement();
                }
                if (!c.others().isEmpty()) {
                    newline(xml, 3);
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(list(c.others()));
                    xml.writeEndElement();
                }
                newline(xml, 2);
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
        }
    }

    private static Suite suite(CheckedFile file, ValidationReport report) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        for (Rule rule : Rules.ALL) {
            byCode.put(rule.code(), new ArrayList<>());
        }
        for (Finding f : file.findings()) {
            byCode.computeIfAbsent(f.diagnostic().code(), k -> new ArrayList<>()).add(f);
        }
        List<Case> cases = new ArrayList<>();
        byCode.forEach((code, findings) -> cases.add(new Case(code,
                findings.stream().filter(f -> report.failOn().fails(f.diagnostic().severity())).toList(),
                findings.stream().filter(f -> !report.failOn().fails(f.diagnostic().severity())).toList(),
                !report.rules().enabled(code))));
        return new Suite(name(file.source()), cases);
    }

    private static void unreadable(UnreadableFile u, XMLStreamWriter xml) throws XMLStreamException {
        String name = name(u.source());
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "1");
        xml.writeAttribute("skipped", "0");
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", name);
        xml.writeAttribute("name", "read");
        newline(xml, 3);
        xml.writeEmptyElement("error");
        xml.writeAttribute("type", "UNREADABLE");
        xml.writeAttribute("message", text(u.reason()));
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static String name(Source source) {
        return text(source.isStdin() ? source.path() : source.relativePath());
    }

    /** One line per finding: {@code 13:43: error: message}. */
    private static String list(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("\n");
        for (Finding f : findings) {
            String position = f.position();
            sb.append(position.isEmpty() ? "-" : position).append(": ")
                    .append(f.diagnostic().severity().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(text(f.diagnostic().message())).append('\n');
        }
        return sb.toString();
    }

    /** The text with the characters XML 1.0 cannot hold replaced by U+FFFD. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF ? c : 0xFFFD));
        return sb.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
