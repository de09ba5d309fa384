package vn.kehoach.model;

/** Signing marks of NĐ 30/2020 (Party documents write T/M, K/T, T/L, T/U). */
public enum SigningAuthority {
    /** thay mặt: for a collective body. */
    TM,
    /** ký thay: a deputy for the head. */
    KT,
    /** thừa lệnh. */
    TL,
    /** thừa ủy quyền. */
    TUQ,
    /** quyền: an acting head. */
    Q
}
