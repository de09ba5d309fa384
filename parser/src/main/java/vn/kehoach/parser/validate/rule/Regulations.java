package vn.kehoach.parser.validate.rule;

import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.RuleContext;

/** The short citation of the regulation a formal rule applies to a document, for its messages. */
final class Regulations {
    /** Hướng dẫn 36-HD/VPTW (2018) on the thể thức of Party documents. */
    static final String PARTY = "HD 36-HD/VPTW";

    private Regulations() {
    }

    /** The Party guidance for Party documents; else the state regulation in force on the issue date. */
    static String applied(RuleContext c) {
        return c.family() == DocumentFamily.PARTY ? PARTY : c.regime().citation();
    }
}
