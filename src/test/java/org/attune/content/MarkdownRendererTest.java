package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    @Test
    void markdownBecomesHeadingsEmphasisListsAndTables() {
        var html = MarkdownRenderer.toSafeHtml("""
                ## Reading the state

                Notice **tone**, *pace* and posture.

                - words
                - face

                | Trauma | Neglect |
                |---|---|
                | harm done | care missing |
                """);

        assertThat(html)
                .contains("<h2>Reading the state</h2>")
                .contains("<strong>tone</strong>")
                .contains("<em>pace</em>")
                .contains("<li>words</li>")
                .contains("<table>")
                .contains("<td>care missing</td>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Before <script>alert('x')</script> after",
                "<img src=x onerror=\"alert('x')\">",
                "[click](javascript:alert('x'))",
                "<a href=\"javascript:alert('x')\">click</a>",
                "<p onclick=\"alert('x')\">text</p>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg><script>alert('x')</script></svg>",
                "<style>body{display:none}</style>",
                "<a href=\"JaVaScRiPt:alert('x')\">click</a>"
            })
    void hostileHtmlNeverReachesTheBrowser(String hostile) {
        var html = MarkdownRenderer.toSafeHtml(hostile).toLowerCase();

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("javascript:")
                .doesNotContain("<iframe")
                .doesNotContain("<style")
                .doesNotContain("alert('x')</");
    }

    @Test
    void ordinaryLinksStayAndCannotOpenAWindowWithAccessToThePage() {
        var html = MarkdownRenderer.toSafeHtml("[SAMHSA](https://www.samhsa.gov/)");

        assertThat(html).contains("href=\"https://www.samhsa.gov/\"").contains("rel=\"nofollow\"");
    }

    @Test
    void textThatLooksLikeMarkupButIsNotStaysReadable() {
        assertThat(MarkdownRenderer.toSafeHtml("Anxiety < 5 and mood > 3 & sleep"))
                .contains("&lt; 5")
                .contains("&amp;");
    }
}
