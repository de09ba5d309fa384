package vn.kehoach.model;

/**
 * A number and symbol split into its parts: {@code 36/2013/NĐ-CP} is number 36, year 2013, type code NĐ,
 * issuer code CP; {@code 63-KL/TW} (Party form) is number 63, type code KL, issuer code TW.
 *
 * @param number the sequence number, with any letter suffix ("30c")
 * @param year the year in the symbol, or null when it has none
 * @param typeCode the document type code ("KH", "QĐ"), or null (công văn, unknown code)
 * @param issuerCode the issuer part after the type code, units joined by '-' ("UBND", "BCA-TANDTC")
 */
public record DocumentSymbol(String number, Integer year, String typeCode, String issuerCode) {
}
