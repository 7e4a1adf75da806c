package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theAccountsChoiceBeatsTheCookieWhichBeatsTheBrowser() {
        assertThat(Languages.resolve(Optional.of(Texts.SPANISH), "en", "en-US")).isEqualTo(Texts.SPANISH);
        assertThat(Languages.resolve(Optional.empty(), "es", "en-US,en;q=0.9")).isEqualTo(Texts.SPANISH);
        assertThat(Languages.resolve(Optional.empty(), "en", "es-MX")).isEqualTo(Texts.ENGLISH);
        assertThat(Languages.resolve(Optional.empty(), null, "es-MX,es;q=0.9")).isEqualTo(Texts.SPANISH);
        assertThat(Languages.resolve(Optional.empty(), null, null)).isEqualTo(Texts.ENGLISH);
    }

    @Test
    void theBrowsersFirstLanguageAttuneSpeaksWins() {
        assertThat(Languages.accepted("de-DE, es;q=0.8, en;q=0.5")).isEqualTo(Texts.SPANISH);
        assertThat(Languages.accepted("de-DE, en;q=0.8, es;q=0.5")).isEqualTo(Texts.ENGLISH);
        assertThat(Languages.accepted("fr")).isEqualTo(Texts.ENGLISH);
        assertThat(Languages.accepted("es;q=0, en")).isEqualTo(Texts.ENGLISH);
        assertThat(Languages.accepted(";;garbled==")).isEqualTo(Texts.ENGLISH);
    }

    @Test
    void aCookieThatNamesNoLanguageAttuneSpeaksIsIgnored() {
        assertThat(Languages.parse("fr")).isEmpty();
        assertThat(Languages.parse("<script>")).isEmpty();
        assertThat(Languages.parse("es")).contains(Texts.SPANISH);
        assertThat(Languages.parse("es-US")).contains(Texts.SPANISH);
        assertThat(Languages.parse("en")).contains(Texts.ENGLISH);
    }

    @Test
    void theSwitcherSendsTheBrowserBackOnlyToThisSite() {
        assertThat(LanguageSwitch.back("", "/modules/attunement?x=1")).isEqualTo("/modules/attunement?x=1");
        assertThat(LanguageSwitch.back("", "//evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.back("", "https://evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.back("", "/\\evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.back("", "/a\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(LanguageSwitch.back("/app", "/other")).isEqualTo("/app/");
        assertThat(LanguageSwitch.back("", null)).isEqualTo("/");
    }

    @Test
    void datesReadInTheReadersLanguageAndEnglishIsUnchanged() {
        var moment = Instant.parse("2026-12-02T14:05:00Z");
        assertThat(Dates.format(moment, Locale.ENGLISH)).isEqualTo("2 Dec 2026, 14:05 UTC");
        assertThat(Dates.format(moment)).isEqualTo("2 Dec 2026, 14:05 UTC");
        assertThat(Dates.format(moment, Texts.SPANISH)).isEqualTo("2 de diciembre de 2026, 14:05 UTC");
    }
}
