package fr.faireess.mobility.platform.web;

import java.io.IOException;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page address whose parameters cannot be read ({@code ?id=abc}, an unknown status…) names
 * nothing that exists: answer with the 404 page. Without this, Faces skips the page's
 * {@code f:viewAction} and renders it half-loaded, which fails or shows an empty page. Only
 * addresses (GET) are concerned; a form post keeps its messages next to its fields.
 */
public class MalformedParametersListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }
}
