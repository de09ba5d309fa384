package vn.kehoach.parser.validate;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.DocumentType;
import vn.kehoach.model.PlanMetadata;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;

/**
 * The checks the parser itself makes while reading: required header elements (NĐ 30/2020 Điều 8 khoản 2),
 * the signature and the recipients, and calendar dates that do not exist. News articles have no thể thức and
 * are not checked for it. The full rule engine of {@code kehoach validate} builds on these codes.
 */
public final class BasicChecks {
    private final Messages messages;
    private final DateFinder dates = new DateFinder();

    public BasicChecks(Messages messages) {
        this.messages = messages;
    }

    /**
     * What the header told the checks.
     *
     * @param hasMotto the national motto (or the Party header) was found
     * @param hasNumber a number and symbol was found
     * @param hasPlaceDate a place-and-date line was found
     * @param attached the document is attached to another ("Ban hành kèm theo ...") and has no number of its own
     * @param headerLine where to point header findings
     */
    public record HeaderFacts(boolean hasMotto, boolean hasNumber, boolean hasPlaceDate, boolean attached,
            int headerLine) {
    }

    public List<Diagnostic> check(NormalizedText text, PlanMetadata doc, HeaderFacts facts) {
        List<Diagnostic> out = new ArrayList<>();
        if (doc.type() != DocumentType.ARTICLE) {
            int at = Math.max(1, facts.headerLine());
            if (!facts.hasMotto()) {
                out.add(header("motto", at));
            }
            if (doc.issuer() == null && !facts.attached()) {
                out.add(header("issuer", at));
            }
            if (!facts.hasNumber() && !facts.attached()) {
                out.add(header("number", at));
            }
            if (!facts.hasPlaceDate() && !facts.attached()) {
                out.add(header("placeDate", at));
            }
            if (doc.typeName() == null) {
                out.add(header("type", at));
            } else if (doc.title() == null) {
                out.add(header("title", at));
            }
            if (doc.signer() == null && !facts.attached()) {
                out.add(new Diagnostic("SIGNATURE_MISSING", Severity.ERROR, messages.get("SIGNATURE_MISSING"), null,
                        null, null));
            }
            if (doc.recipients().isEmpty() && !facts.attached()) {
                out.add(new Diagnostic("RECIPIENTS_MISSING", Severity.WARNING, messages.get("RECIPIENTS_MISSING"),
                        null, null, null));
            }
        }
        for (NormalizedText.Line line : text.lines()) {
            for (DateMention d : dates.findAll(line.text())) {
                if (d.hasFourDigitYear() && !d.isValid()) { // a 5-digit year is YEAR_IMPLAUSIBLE's, not this
                    String excerpt = line.text().substring(d.start(), d.end());
                    var at = line.source().at(d.start());
                    out.add(new Diagnostic("DATE_INVALID", Severity.ERROR, messages.get("DATE_INVALID", excerpt),
                            at.line(), at.column(), excerpt));
                }
            }
        }
        return out;
    }

    /** A finding of the deadline grammar on a task's time phrase (DEADLINE_UNPARSED, YEAR_IMPLAUSIBLE). */
    public Diagnostic deadlineIssue(String code, String excerpt, int line) {
        Severity s = code.equals("YEAR_IMPLAUSIBLE") ? Severity.ERROR : Severity.WARNING;
        return new Diagnostic(code, s, messages.get(code, excerpt), line, null, excerpt);
    }

    private Diagnostic header(String what, int line) {
        Severity s = what.equals("title") ? Severity.WARNING : Severity.ERROR;
        return new Diagnostic("HEADER_MISSING", s, messages.get("HEADER_MISSING." + what), line, null, null);
    }
}
