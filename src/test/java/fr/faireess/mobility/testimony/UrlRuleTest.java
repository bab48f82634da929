package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.lien-social.com/Stage-a-Barcelone",
            "http://example.org/",
            "HTTPS://Example.org/a?b=c#d",
            "https://youtu.be/dQw4w9WgXcQ",
            "  https://vimeo.com/76979871  "})
    void webAddressesAreAccepted(String link) {
        assertThat(UrlRule.refusal(link)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "ftp://example.org/film.mp4",
            "file:///etc/passwd",
            "//example.org/no-scheme",
            "www.example.org",
            "https://",
            "https:///path-only",
            "https://user:password@example.org/",
            "https://www.youtube.com@evil.example/",
            "https://example.org/\"onmouseover=alert(1)",
            "https://example.org/<script>",
            "https://exa mple.org/"})
    void anythingElseIsRefused(String link) {
        assertThat(UrlRule.refusal(link)).contains("testimony.link.invalid");
    }

    @Test
    void anEmptyLinkIsFineAndStoredAsNothing() {
        assertThat(UrlRule.refusal(null)).isEmpty();
        assertThat(UrlRule.refusal("   ")).isEmpty();
        assertThat(UrlRule.normalize("  ")).isNull();
        assertThat(UrlRule.normalize(" https://a.org/ ")).isEqualTo("https://a.org/");
    }

    @Test
    void aLinkLongerThanTheColumnIsRefused() {
        assertThat(UrlRule.refusal("https://example.org/" + "a".repeat(UrlRule.MAX_LENGTH))).contains("testimony.link.tooLong");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871"})
    void youtubeAndVimeoBecomePrivacyEnhancedEmbeds(String link, String embed) {
        assertThat(UrlRule.embedUrl(link)).contains(embed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.lien-social.com/Stage-a-Barcelone",
            "https://www.youtube.com/channel/UCabcdefghijk",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload",
            "https://vimeo.com/channels/staffpicks",
            "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "javascript:alert('https://youtu.be/dQw4w9WgXcQ')"})
    void otherLinksHaveNoPlayer(String link) {
        assertThat(UrlRule.embedUrl(link)).isEmpty();
    }
}
