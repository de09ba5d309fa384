package vn.kehoach.cli.config;

import java.util.Locale;

/** The language of messages and report words: Vietnamese or English. */
public enum Language {
    VI, EN;

    public Locale locale() {
        return this == VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    /** Vietnamese when the default locale's language is Vietnamese, else English. */
    public static Language fromDefault() {
        return Locale.getDefault().getLanguage().equals("vi") ? VI : EN;
    }
}
