package org.attune.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    @Test
    void paragraphsBecomeParagraphsAndAnAddressOnItsOwnLineALink() {
        var html = MailHtml.of(
                "Reset", "Hello Ana,\n\nTo choose a new password:\nhttps://ce.example.org/reset/abc\n", "en");

        assertThat(html)
                .contains("<p>Hello Ana,</p>")
                .contains("<p>To choose a new password:<br>\n<a href=\"https://ce.example.org/reset/abc\"")
                .contains("<title>Reset</title>");
    }

    @Test
    void aNameSomeoneTypedStaysTextInTheHtml() {
        var html = MailHtml.of("Hi <b>", "Hello <script>alert('x')</script> & \"you\"", "en");

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;you&quot;");
    }

    @Test
    void anAddressInsideASentenceIsLeftAsText() {
        assertThat(MailHtml.of("s", "See https://x.example/a for more", "en")).doesNotContain("<a ");
    }

    @Test
    void theHtmlPartSaysTheLanguageTheLetterIsWrittenIn() {
        assertThat(MailHtml.of("Hola", "Hola, Ana:", "es-US")).contains("<html lang=\"es-US\">");
    }
}
