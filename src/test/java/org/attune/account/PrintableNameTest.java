package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.web.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zoë O'Brien-Ñúñez",
                "Nguyễn Thị Minh Khai",
                "Σοφία Παπαδοπούλου",
                "Дмитрий Иванов",
                "Անի Պետրոսյան",
                "ნინო ბერიძე",
                "张伟",
                "山田太郎",
                "ジョン・スミス",
                "김민준",
                "Ana 张伟",
                "Kealiʻi Kamakau",
                "Mary-Jane (MJ) St. John, Jr.",
                "Louis XIV"
            })
    void namesInScriptsTheCertificateCanPrintAreAccepted(String name) {
        assertThat(PrintableName.problem(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana\tLima", "Ana\nLima", "Ana\r\nLima", "Ana\u0000Lima", "Ana\u200BLima", "Ana\u00ADLima"})
    void tabsLineBreaksAndInvisibleCharactersAreRefused(String name) {
        assertThat(PrintableName.problem(name)).hasValue(PrintableName.CONTROL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Ana 😀 Lima", "Ana ❤ Lima", "Ana 👩‍⚕️ Lima", "Ana 👍🏽", "Ana 🇧🇷", "Ana = Lima", "Ana $ Lima"
            })
    void emojiAndSymbolsAreRefused(String name) {
        assertThat(PrintableName.problem(name)).hasValue(PrintableName.SYMBOLS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"محمد عبد الله", "דוד כהן", "अनन्या शर्मा", "สมชาย ใจดี", "Ana محمد", "فاطمة\u200C"})
    void scriptsThatNeedShapingOrRunRightToLeftAreRefusedWithAskingForLatinLetters(String name) {
        assertThat(PrintableName.problem(name)).hasValue(PrintableName.SCRIPT);
        assertThat(Texts.text(Texts.ENGLISH, PrintableName.SCRIPT)).contains("Latin letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---", "1234", "' . '"})
    void aNameNeedsALetter(String name) {
        assertThat(PrintableName.problem(name)).hasValue(PrintableName.NO_LETTER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'  Ana   Lima  '|Ana Lima",
                "Ana\u00A0Lima|Ana Lima",
                "山田\u3000太郎|山田 太郎",
                "Zoe\u0308|Zoë",
            })
    void theNameIsKeptComposedWithSingleSpaces(String typed, String kept) {
        assertThat(PrintableName.normalize(typed)).isEqualTo(kept);
        assertThat(PrintableName.problem(typed)).isEmpty();
    }
}
