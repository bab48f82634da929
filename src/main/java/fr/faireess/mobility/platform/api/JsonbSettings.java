package fr.faireess.mobility.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API reads and writes it: an unknown field is refused (a typo must not be silently
 * ignored, the caller would believe it was saved), absent values are left out of answers.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    /** Yasson's switch (JSON-B 3 has no standard one). */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN, true)
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
