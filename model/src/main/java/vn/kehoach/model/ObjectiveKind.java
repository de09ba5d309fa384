package vn.kehoach.model;

/** Mục tiêu chung (general) or cụ thể (specific). */
public enum ObjectiveKind {
    GENERAL, SPECIFIC
}
