package vn.kehoach.parser.entity;

/**
 * A task of the body, as written: its item and the assignment phrases found in it.
 *
 * @param ref the item's path ("II.1.a")
 * @param text the item's text
 * @param lead the lead agency phrase ("Sở Nội vụ"), or null
 * @param cooperating the cooperating agencies phrase, or null
 * @param deadline the time phrase ("Quý I/2024"), or null
 * @param line the normalized line of the item
 */
public record BodyTask(String ref, String text, String lead, String cooperating, String deadline, int line) {
}
