package org.missionreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language asked for by the POSIX variables, even where the JDK cannot see it. */
class SystemLocaleTest {

    @Test
    void frenchLangGivesFrench() {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LANG", "fr_FR.UTF-8"), Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr_CA", "fr_BE.UTF-8", "fr_FR@euro", "fr-FR"})
    void everyFormOfFrenchGivesFrench(String lang) {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LANG", lang), Locale.ENGLISH));
    }

    @Test
    void englishLangGivesEnglishWhateverTheJdkSays() {
        assertEquals(Locale.ENGLISH, SystemLocale.detect(Map.of("LANG", "en_GB.UTF-8"), Locale.FRENCH));
    }

    @Test
    void untranslatedLanguageGivesEnglish() {
        assertEquals(Locale.ENGLISH, SystemLocale.detect(Map.of("LANG", "de_DE.UTF-8"), Locale.FRENCH));
    }

    @Test
    void lcAllWinsOverLang() {
        assertEquals(Locale.ENGLISH, SystemLocale.detect(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "fr_FR.UTF-8"), Locale.FRENCH));
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "en_US.UTF-8"), Locale.ENGLISH));
    }

    @Test
    void lcMessagesWinsOverLangButNotOverLcAll() {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LC_MESSAGES", "fr_FR.UTF-8", "LANG", "en_US.UTF-8"), Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, SystemLocale.detect(
                Map.of("LC_ALL", "en_US.UTF-8", "LC_MESSAGES", "fr_FR.UTF-8", "LANG", "fr_FR.UTF-8"), Locale.FRENCH));
    }

    @Test
    void blankLcAllIsSkipped() {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LC_ALL", "", "LANG", "fr_FR.UTF-8"), Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "POSIX", "C.UTF-8"})
    void plainCLocaleLeavesTheChoiceToTheJdk(String lang) {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of("LANG", lang), Locale.FRANCE));
        assertEquals(Locale.ENGLISH, SystemLocale.detect(Map.of("LANG", lang), Locale.US));
    }

    @Test
    void noVariableLeavesTheChoiceToTheJdk() {
        assertEquals(Locale.FRENCH, SystemLocale.detect(Map.of(), Locale.CANADA_FRENCH));
        assertEquals(Locale.ENGLISH, SystemLocale.detect(Map.of(), Locale.JAPAN));
    }
}
