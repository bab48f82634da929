package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hostile-input suite's eye: markup is found where a browser would run it, and only there. */
class HostileCorpusTest {

    private static final String XSS = HostileCorpus.CATEGORIES.get(0).value();

    @Test
    void markupShownAsItWasTypedIsFound() {
        assertThat(HostileCorpus.unescaped("<p>" + XSS + "</p>")).isTrue();
        assertThat(HostileCorpus.unescaped("<input value=\"" + XSS + "\">")).isTrue();
        assertThat(HostileCorpus.unescaped("<textarea>" + XSS + "</textarea>")).isTrue();
        assertThat(HostileCorpus.unescaped("<script>var v = \"" + XSS + "\";</script>")).as("breaking out of a script").isTrue();
    }

    @Test
    void markupEscapedForItsPlaceIsNot() {
        assertThat(HostileCorpus.unescaped("<input value=\"&quot;'&gt;&lt;hx17 onmouseover=alert(1)&gt;\">")).isFalse();
        assertThat(HostileCorpus.unescaped("<p>&lt;hx17&gt; &lt;script&gt;hx17()&lt;/script&gt;</p>")).isFalse();
        assertThat(HostileCorpus.unescaped("<script>pf.cw(\"DatePicker\",\"w\",{defaultDate:\"\\x22\\x27><hx17 onmouseover=alert(1)>"
                + "<\\/textarea><\\/script><script>hx17()<\\/script>\"});</script>")).as("a JavaScript string").isFalse();
    }

    @Test
    void theDatabaseRunTriesTheKindsTheDatabaseHandles() {
        assertThat(HostileCorpus.DATABASE).extracting(HostileCorpus.Category::name)
                .containsExactly("sql", "bidi", "overlong", "nul", "bad-utf8");
    }
}
