package vn.kehoach.parser.validate.rule;

import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.RuleContext;

/** The short citation of the regulation a formal rule applies to a document, for its messages. */
final class Regulations {
    /** Hướng dẫn 36-HD/VPTW (2018) on the thể thức of Party documents. */
    static final String PARTY = "HD 36-HD/VPTW";

    private Regulations() {
    }

    /**
     * A state document whose header shows it: the quốc hiệu was found. The rules that apply to state documents
     * only need this evidence; without it (a header lost in extraction, a Party header not recognized) they keep
     * quiet rather than hold a Party or unknown document to the state form.
     */
    static boolean stateHeader(RuleContext c) {
        return c.family() == DocumentFamily.STATE && c.header().mottoLine() > 0;
    }

    /** The Party guidance for Party documents; else the state regulation in force on the issue date. */
    static String applied(RuleContext c) {
        return c.family() == DocumentFamily.PARTY ? PARTY : c.regime().citation();
    }
}
