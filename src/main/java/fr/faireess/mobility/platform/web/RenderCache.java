package fr.faireess.mobility.platform.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

/**
 * What a backing bean's getters read from the database, read once per rendered response: a page
 * evaluates the same expression many times while it renders (every {@code rendered} test, every row
 * of a table), and each evaluation would otherwise run its query again. Values are kept in the Faces
 * request's attributes during the render phase only — before it (decoding, validation, the action)
 * every read goes to the services, so what an action just changed is what the page then shows — and
 * are gone with the request. Outside a Faces request (a unit test), nothing is cached.
 *
 * <pre>{@code
 * private final RenderCache render = new RenderCache();
 * public List<AuditEntry> getTimeline() { return render.get("timeline", () -> placements.timeline(placement())); }
 * }</pre>
 */
public final class RenderCache implements Serializable {

    private static final long serialVersionUID = 1L;

    /** This bean's entry among the request's attributes (several beans render in one response). */
    private final String key = RenderCache.class.getName() + "." + UUID.randomUUID();

    /** The value of {@code name} for this render, loaded by {@code load} the first time it is asked (null included). */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> load) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return load.get();
        }
        Map<String, Object> values = (Map<String, Object>) faces.getAttributes().computeIfAbsent(key, k -> new HashMap<>());
        if (!values.containsKey(name)) {
            values.put(name, load.get());
        }
        return (T) values.get(name);
    }
}
