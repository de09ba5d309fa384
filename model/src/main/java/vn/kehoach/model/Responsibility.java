package vn.kehoach.model;

import java.util.List;

/**
 * Duties assigned to one agency in the organization part.
 *
 * @param agency the agency
 * @param duties its duties, one per item
 * @param line where the assignment starts
 */
public record Responsibility(Agency agency, List<String> duties, int line) {
    public Responsibility {
        duties = Lists.copy(duties);
    }
}
