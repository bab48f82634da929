package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/a%20b", "/%C3%A9t%C3%A9", "/%2e%2e/x", "/%00", "/%FF", "/%aF%Af", "/100%25"})
    void aPathWhoseEveryPercentIsFollowedByTwoHexDigitsIsDecodable(String path) {
        assertThat(PercentEncoding.isDecodable(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/%zz", "/login.xhtml%2", "/%%3", "/a%g0", "/a%0g", "/%2", "/100%", "/%-1"})
    void aPercentWithoutTwoHexDigitsAfterItIsNot(String path) {
        assertThat(PercentEncoding.isDecodable(path)).isFalse();
    }
}
