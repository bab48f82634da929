package fr.faireess.mobility.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ApiRulesTest {

    @Test
    void pagingCountsFromOneAndRefusesSizesOutOfRange() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, Paging.DEFAULT_SIZE));
        assertThat(Paging.of(3, 10).first()).isEqualTo(20);
        assertThat(Paging.of(1, Paging.MAX_SIZE).size()).isEqualTo(100);
        for (int[] wrong : new int[][] {{0, 10}, {-1, 10}, {1, 0}, {1, 101}, {1, -5}, {2_000_000, 10}}) {
            assertThatThrownBy(() -> Paging.of(wrong[0], wrong[1])).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        }
    }

    @Test
    void tokenBucketLetsABurstThroughThenRefillsAtItsRate() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(60, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take()).as("call %d", i).isEmpty();
        }
        assertThat(bucket.take()).hasValue(1);
        now.addAndGet(1_000_000_000L); // one second: one token back at 60 a minute
        assertThat(bucket.take()).isEmpty();
        assertThat(bucket.take()).isPresent();
        now.addAndGet(3_600_000_000_000L); // an hour: full, never more than the capacity
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take()).isEmpty();
        }
        assertThat(bucket.take()).isPresent();
    }

    @Test
    void slowBucketsTellHowLongToWait() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(2, now::get);
        bucket.take();
        bucket.take();
        assertThat(bucket.take()).hasValue(30);
        assertThatThrownBy(() -> new TokenBucket(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ifMatchNamesAVersionOrTheUpdateIsRefused() {
        assertThat(ETags.version("\"7\"")).isEqualTo(7);
        assertThat(ETags.version("W/\"7\"")).isEqualTo(7);
        assertThatThrownBy(() -> ETags.version(null)).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.version(" ")).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(428));
        for (String wrong : List.of("*", "7", "\"a\"", "\"7\", \"8\"", "\"\"", "\"99999999999999999999\"")) {
            assertThatThrownBy(() -> ETags.version(wrong)).as(wrong)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(412));
        }
    }

    @Test
    void messagesAreFrenchUnlessTheCallerPrefersEnglish() {
        assertThat(ApiLanguage.of(List.of())).isEqualTo(Locale.FRENCH);
        assertThat(ApiLanguage.of(null)).isEqualTo(Locale.FRENCH);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("en-GB"), Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en")))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("de")))).isEqualTo(Locale.FRENCH);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("fr-BE"), Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void everyStatusHasItsTitle() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 428, 429, 500, 503}) {
            assertThat(Problems.titleKey(status)).startsWith("api.status.");
        }
    }
}
