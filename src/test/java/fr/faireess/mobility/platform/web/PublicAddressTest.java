package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private final PublicAddress address = new PublicAddress("https://Mobilite.Example.org/");

    @Test
    void theOriginIsSchemeHostAndPort() {
        assertThat(address.origin()).isEqualTo("https://mobilite.example.org");
        assertThat(new PublicAddress("http://localhost:8080/").origin()).isEqualTo("http://localhost:8080");
    }

    @Test
    void pathsAndRelativeReferencesAreWrittenOnThePublicAddress() {
        assertThat(address.absolute("/student/index.xhtml", "/login.xhtml?expired=true"))
                .isEqualTo("https://mobilite.example.org/login.xhtml?expired=true");
        assertThat(address.absolute("/coordinator/calls/list.xhtml", "edit.xhtml?id=3"))
                .isEqualTo("https://mobilite.example.org/coordinator/calls/edit.xhtml?id=3");
        assertThat(address.absolute(null, "/")).isEqualTo("https://mobilite.example.org/");
    }

    @Test
    void anAbsoluteLocationIsTheApplicationsOwnChoiceAndStays() {
        assertThat(address.absolute("/x", "https://www.youtube-nocookie.com/embed/a")).isEqualTo("https://www.youtube-nocookie.com/embed/a");
        assertThat(address.absolute("/x", "a b|c")).as("not a URI: left to the container").isEqualTo("a b|c");
    }

    @Test
    void aPostFromTheApplicationsOwnPagesIsSameOrigin() {
        assertThat(address.sameOrigin("https://mobilite.example.org", null, "http://10.0.0.5:8080")).isTrue();
        assertThat(address.sameOrigin(null, "https://mobilite.example.org/student/index.xhtml", "http://10.0.0.5:8080")).isTrue();
        assertThat(address.sameOrigin("http://localhost:9090", null, "http://localhost:9090"))
                .as("the address the request was sent to").isTrue();
        assertThat(address.sameOrigin(null, null, "http://localhost:9090")).as("no browser header: other defences").isTrue();
    }

    @Test
    void aPostFromAnotherSiteIsNot() {
        assertThat(address.sameOrigin("http://evil.example", null, "https://mobilite.example.org")).isFalse();
        assertThat(address.sameOrigin(null, "http://evil.example/form.html", "https://mobilite.example.org")).isFalse();
        assertThat(address.sameOrigin("null", null, "https://mobilite.example.org")).as("a sandboxed frame").isFalse();
        assertThat(address.sameOrigin(null, "not a url", "https://mobilite.example.org")).isFalse();
        assertThat(address.sameOrigin("https://mobilite.example.org.evil.example", null, "https://mobilite.example.org")).isFalse();
    }
}
