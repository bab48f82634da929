package fr.faireess.mobility.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FlashFactory;
import jakarta.faces.context.FlashWrapper;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Messages kept across a redirect ({@code Flash.setKeepMessages(true)}, then a redirect) carried in
 * the session instead of Mojarra's flash. Mojarra keeps flash data in the memory of the instance
 * that wrote it, under a cookie: in a cluster, the request after the redirect may reach another
 * instance (its first one died), which cannot read it and failed the action with a server error
 * (README "Running several instances"). The session travels between instances; so do these messages.
 *
 * <p>{@link Factory} wraps Mojarra's flash so that {@code setKeepMessages} only marks the request;
 * {@link Listener} saves the request's messages into the session when the request ends with a
 * redirect (its response complete), and adds them to the next page rendered. The rest of the flash is
 * Mojarra's.
 */
public final class KeptMessages {

    static final String KEEP = "mobility.keepMessages";
    static final String KEPT = "mobility.keptMessages";

    private KeptMessages() {
    }

    /** One kept message and the component it belongs to ({@code null}: a global message). */
    record Kept(String clientId, FacesMessage message) implements Serializable {
    }

    /** Registered in faces-config.xml as the flash factory. */
    public static class Factory extends FlashFactory {

        public Factory(FlashFactory wrapped) {
            super(wrapped);
        }

        @Override
        public Flash getFlash(boolean create) {
            Flash flash = getWrapped().getFlash(create);
            return flash == null ? null : new SessionKeptFlash(flash);
        }
    }

    static class SessionKeptFlash extends FlashWrapper {

        SessionKeptFlash(Flash wrapped) {
            super(wrapped);
        }

        @Override
        public void setKeepMessages(boolean keep) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(KEEP, keep);
        }

        @Override
        public boolean isKeepMessages() {
            return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(KEEP));
        }
    }

    /** Registered in faces-config.xml: saves the messages of a redirected request, restores them on the next page. */
    public static class Listener implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.ANY_PHASE;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
                return;
            }
            FacesContext faces = event.getFacesContext();
            Map<String, Object> session = faces.getExternalContext().getSessionMap();
            if (faces.getExternalContext().getSession(false) != null && session.remove(KEPT) instanceof List<?> kept) {
                for (Object item : kept) {
                    if (item instanceof Kept k) {
                        faces.addMessage(k.clientId(), k.message());
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (!faces.getResponseComplete()
                    || !Boolean.TRUE.equals(faces.getExternalContext().getRequestMap().remove(KEEP))) {
                return;
            }
            List<Kept> kept = new ArrayList<>();
            Iterator<String> clientIds = faces.getClientIdsWithMessages();
            while (clientIds.hasNext()) {
                String clientId = clientIds.next();
                faces.getMessageList(clientId).forEach(message -> kept.add(new Kept(clientId, message)));
            }
            if (!kept.isEmpty()) {
                faces.getExternalContext().getSessionMap().put(KEPT, kept);
            }
        }
    }
}
