package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseId;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;

import org.junit.jupiter.api.Test;

/** A page's getters query once per rendered response, and every time before the render (an action's changes show). */
class RenderCacheTest {

    /** Just what the cache reads of a Faces request: its phase and its attributes. */
    private static final class Request extends FacesContext {
        private final Map<Object, Object> attributes = new HashMap<>();
        private PhaseId phase = PhaseId.INVOKE_APPLICATION;

        Request() {
            setCurrentInstance(this);
        }

        @Override public Map<Object, Object> getAttributes() { return attributes; }
        @Override public PhaseId getCurrentPhaseId() { return phase; }
        @Override public void setCurrentPhaseId(PhaseId phaseId) { phase = phaseId; }
        @Override public Application getApplication() { return null; }
        @Override public Iterator<String> getClientIdsWithMessages() { return null; }
        @Override public Lifecycle getLifecycle() { return null; }
        @Override public ExternalContext getExternalContext() { return null; }
        @Override public FacesMessage.Severity getMaximumSeverity() { return null; }
        @Override public Iterator<FacesMessage> getMessages() { return null; }
        @Override public Iterator<FacesMessage> getMessages(String clientId) { return null; }
        @Override public RenderKit getRenderKit() { return null; }
        @Override public boolean getRenderResponse() { return false; }
        @Override public boolean getResponseComplete() { return false; }
        @Override public ResponseStream getResponseStream() { return null; }
        @Override public void setResponseStream(ResponseStream responseStream) { }
        @Override public ResponseWriter getResponseWriter() { return null; }
        @Override public void setResponseWriter(ResponseWriter responseWriter) { }
        @Override public UIViewRoot getViewRoot() { return null; }
        @Override public void setViewRoot(UIViewRoot root) { }
        @Override public void addMessage(String clientId, FacesMessage message) { }
        @Override public void release() { setCurrentInstance(null); }
        @Override public void renderResponse() { }
        @Override public void responseComplete() { }
    }

    private final AtomicInteger queries = new AtomicInteger();

    private Integer query() {
        return queries.incrementAndGet();
    }

    @Test
    void beforeTheRenderEveryReadQueriesAndDuringItOnceThenANewRequestQueriesAgain() {
        RenderCache render = new RenderCache();
        Request request = new Request();
        render.get("timeline", this::query);
        render.get("timeline", this::query);
        assertThat(queries).as("the action's phase sees fresh rows").hasValue(2);

        request.setCurrentPhaseId(PhaseId.RENDER_RESPONSE);
        assertThat((Integer) render.get("timeline", this::query)).isEqualTo(3);
        assertThat((Integer) render.get("timeline", this::query)).isEqualTo(3);
        assertThat((Object) render.get("nothing", () -> null)).isNull();
        assertThat((Object) render.get("nothing", () -> "loaded twice")).as("a null is a value too").isNull();
        assertThat(queries).hasValue(3);

        RenderCache otherBean = new RenderCache();
        assertThat((Integer) otherBean.get("timeline", this::query)).as("each bean its own values").isEqualTo(4);

        request.release();
        Request next = new Request();
        next.setCurrentPhaseId(PhaseId.RENDER_RESPONSE);
        assertThat((Integer) render.get("timeline", this::query)).as("the next response reads again").isEqualTo(5);
        next.release();
    }
}
