package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.PasswordLinkRule.Status;
import fr.faireess.mobility.platform.security.SecretToken;

class PasswordLinkRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private final PasswordLinkRule rule = new PasswordLinkRule(Duration.ofMinutes(60), Duration.ofDays(7));

    @Test
    void aResetLinkWorksUntilItsHourIsOverAndNotASecondLonger() {
        Instant expires = rule.expiry(PasswordLinkPurpose.RESET, T0);
        assertThat(expires).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(PasswordLinkRule.status(expires, null, T0)).isEqualTo(Status.USABLE);
        assertThat(PasswordLinkRule.status(expires, null, expires.minusSeconds(1))).isEqualTo(Status.USABLE);
        assertThat(PasswordLinkRule.status(expires, null, expires)).isEqualTo(Status.EXPIRED);
        assertThat(PasswordLinkRule.status(expires, null, expires.plus(Duration.ofDays(3)))).isEqualTo(Status.EXPIRED);
    }

    @Test
    void aWelcomeLinkLivesDays() {
        assertThat(rule.expiry(PasswordLinkPurpose.WELCOME, T0)).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(PasswordLinkRule.status(rule.expiry(PasswordLinkPurpose.WELCOME, T0), null, T0.plus(Duration.ofDays(6))))
                .isEqualTo(Status.USABLE);
    }

    @Test
    void aResetLinkNeverLivesMoreThanAnHourWhateverTheSetting() {
        PasswordLinkRule generous = new PasswordLinkRule(Duration.ofHours(24), Duration.ofDays(7));
        assertThat(generous.expiry(PasswordLinkPurpose.RESET, T0)).isEqualTo(T0.plus(PasswordLinkRule.MAX_RESET));
        assertThat(new PasswordLinkRule(Duration.ofMinutes(15), Duration.ofDays(1)).life(PasswordLinkPurpose.RESET))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aUsedLinkIsUsedEvenBeforeItExpiresAndAfter() {
        Instant expires = rule.expiry(PasswordLinkPurpose.RESET, T0);
        assertThat(PasswordLinkRule.status(expires, T0.plusSeconds(60), T0.plusSeconds(61))).isEqualTo(Status.USED);
        assertThat(PasswordLinkRule.status(expires, T0.plusSeconds(60), expires.plusSeconds(1))).isEqualTo(Status.USED);
    }

    @Test
    void aLinkMustLiveSomeTime() {
        assertThatThrownBy(() -> new PasswordLinkRule(Duration.ZERO, Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordLinkRule(Duration.ofMinutes(5), Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirHashOnly() {
        String a = SecretToken.generate();
        String b = SecretToken.generate();
        assertThat(a).isNotEqualTo(b).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(SecretToken.wellFormed(a)).isTrue();
        assertThat(SecretToken.hash(a)).hasSize(64).isEqualTo(SecretToken.hash(a)).isNotEqualTo(SecretToken.hash(b))
                .doesNotContain(a);
        assertThat(SecretToken.wellFormed(null)).isFalse();
        assertThat(SecretToken.wellFormed("forged")).isFalse();
        assertThat(SecretToken.wellFormed(a.substring(1) + "/")).isFalse();
        assertThat(SecretToken.hash(null)).hasSize(64);
    }
}
