package vn.kehoach.cli.report;

import java.util.List;

/** How many findings of each severity. */
public record Counts(int error, int warning, int info) {
    public static final Counts NONE = new Counts(0, 0, 0);

    public static Counts of(List<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.diagnostic().severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new Counts(e, w, i);
    }

    public Counts plus(Counts other) {
        return new Counts(error + other.error, warning + other.warning, info + other.info);
    }
}
