package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.model.Agency;
import vn.kehoach.model.Responsibility;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * Work assigned to a body that did not exist on the issue date: a ministry, provincial department or
 * district-level committee abolished by the 2025 reorganisation, in a document issued after it ended; or a body
 * created by it, in a document issued before it began. Checks the issuer, task leads and cooperating agencies,
 * and the agencies of the organization part; each body once.
 */
public final class AgencyDefunctRule extends BaseRule {
    /** One row of the history; {@code prefix} is a {@link Checks#key} already. */
    private record Change(boolean gone, String prefix, LocalDate day, String successor) {
    }

    private static final List<Change> CHANGES = Vocabulary.rows("agency-history.tsv").stream()
            .map(r -> new Change(r[0].strip().equals("GONE"), Checks.key(r[1]), LocalDate.parse(r[2].strip()),
                    r.length > 3 ? r[3].strip() : null)).toList();

    public AgencyDefunctRule() {
        super("AGENCY_DEFUNCT", Severity.WARNING,
                "NQ 176/2025/QH15; NĐ 45/2025/NĐ-CP; Luật 72/2025/QH15 (district level ended 01/7/2025); SYM-007,"
                        + " TSK-008");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        LocalDate issued = c.issued();
        if (issued == null || !c.formal()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        if (c.plan().document().issuer() != null) {
            Agency issuer = c.plan().document().issuer();
            // The issuer heads the document: its name where printed whole, else the first line.
            check(c, out, seen, issuer, Checks.locate(c, 1, issuer.name()));
        }
        for (Task t : c.plan().tasks()) {
            for (Agency a : t.lead()) {
                check(c, out, seen, a, Position.line(t.line()));
            }
            for (Agency a : t.cooperating()) {
                check(c, out, seen, a, Position.line(t.line()));
            }
        }
        for (Responsibility r : c.plan().responsibilities()) {
            check(c, out, seen, r.agency(), Position.line(r.line()));
        }
    }

    private static void check(RuleContext c, Findings out, Set<String> seen, Agency a, Position at) {
        String key = Checks.key(a.canonical() != null ? a.canonical() : a.name());
        for (Change ch : CHANGES) {
            if (!key.startsWith(ch.prefix())) {
                continue;
            }
            boolean wrong = ch.gone() ? !c.issued().isBefore(ch.day()) : c.issued().isBefore(ch.day());
            if (wrong && seen.add(key)) {
                if (ch.gone()) {
                    out.report("gone", null, at, a.name(), a.name(), Checks.date(ch.day()), ch.successor());
                } else {
                    out.report("new", null, at, a.name(), a.name(), Checks.date(ch.day()));
                }
            }
            return;
        }
    }
}
