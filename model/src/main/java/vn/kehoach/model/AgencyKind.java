package vn.kehoach.model;

/** Kinds of bodies; {@link #DEPARTMENT} is a Sở, {@link #DIVISION} a Vụ, Cục, Phòng or Ban. */
public enum AgencyKind {
    MINISTRY, GOVERNMENT, PEOPLES_COMMITTEE, PEOPLES_COUNCIL, DEPARTMENT, DIVISION, OFFICE, PARTY,
    MASS_ORGANIZATION, MEDIA, ACADEMY, OTHER
}
