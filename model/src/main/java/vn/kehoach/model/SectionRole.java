package vn.kehoach.model;

/** What a section of a plan is for, from its heading (MỤC TIÊU, NHIỆM VỤ, TỔ CHỨC THỰC HIỆN, ...). */
public enum SectionRole {
    PREAMBLE, OBJECTIVES, REQUIREMENTS, SCOPE, TASKS, SOLUTIONS, FUNDING, ORGANIZATION, APPENDIX, OTHER
}
