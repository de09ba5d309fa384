package vn.kehoach.model;

/** Document types of the spec; {@link #ARTICLE} is a news text about a plan. */
public enum DocumentType {
    KE_HOACH, QUYET_DINH, DE_AN, CHUONG_TRINH, NGHI_QUYET, CHI_THI, KET_LUAN, THONG_BAO, BAO_CAO, HUONG_DAN,
    CONG_VAN, CONG_DIEN, TO_TRINH, QUY_CHE, QUY_DINH, NGHI_DINH, THONG_TU, THONG_TU_LIEN_TICH, LUAT, PHAP_LENH,
    ARTICLE, OTHER
}
