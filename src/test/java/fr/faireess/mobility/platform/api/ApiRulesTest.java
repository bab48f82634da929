package fr.faireess.mobility.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

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
        long now = 1_000_000;
        TokenBucket bucket = TokenBucket.full(60, now);
        for (int i = 0; i < 60; i++) {
            TokenBucket.Take take = bucket.take(60, now);
            assertThat(take.allowed()).as("call %d", i).isTrue();
            bucket = take.after().orElseThrow();
        }
        assertThat(bucket.take(60, now).waitSeconds()).hasValue(1);
        now += 1_000; // one second: one token back at 60 a minute
        TokenBucket.Take oneBack = bucket.take(60, now);
        assertThat(oneBack.allowed()).isTrue();
        bucket = oneBack.after().orElseThrow();
        assertThat(bucket.take(60, now).allowed()).isFalse();
        now += 3_600_000; // an hour: full, never more than the capacity
        for (int i = 0; i < 60; i++) {
            TokenBucket.Take take = bucket.take(60, now);
            assertThat(take.allowed()).as("call %d after an hour", i).isTrue();
            bucket = take.after().orElseThrow();
        }
        assertThat(bucket.take(60, now).allowed()).isFalse();
    }

    @Test
    void slowBucketsTellHowLongToWait() {
        TokenBucket bucket = TokenBucket.full(2, 0).take(2, 0).after().orElseThrow().take(2, 0).after().orElseThrow();
        TokenBucket.Take refused = bucket.take(2, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.after()).isEmpty();
        assertThat(refused.waitSeconds()).hasValue(30);
        assertThat(bucket.take(2, 15_000).waitSeconds()).as("half a token back").hasValue(15);
        assertThatThrownBy(() -> TokenBucket.full(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bucket.take(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBucketMetWithAnEarlierTimeRefillsNothingAndKeepsItsOwnTime() {
        // Two instances whose clocks differ by a little: the one behind neither refills nor moves time back.
        TokenBucket bucket = new TokenBucket(0.5, 10_000);
        assertThat(bucket.take(60, 9_000).allowed()).isFalse();
        TokenBucket after = bucket.take(60, 10_500).after().orElseThrow();
        assertThat(after.atMillis()).isEqualTo(10_500);
        assertThat(after.tokens()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new TokenBucket(5, 10_000).take(60, 9_000).after().orElseThrow().atMillis()).isEqualTo(10_000);
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
