package vn.kehoach.model;

/**
 * The signature block.
 *
 * @param name the signer's name
 * @param position the signer's own position ("Phó Chủ tịch")
 * @param authority the signing mark (TM., KT., TL., TUQ., Q.), or null when the head signs in person
 * @param onBehalfOf what follows the signing mark ("UBND tỉnh" after "TM."), or null
 */
public record Signer(String name, String position, SigningAuthority authority, String onBehalfOf) {
}
