package vn.kehoach.model;

/** Where a task was found. */
public enum TaskOrigin {
    BODY, APPENDIX
}
