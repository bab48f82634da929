package fr.faireess.mobility.placement.web;

import java.io.IOException;

import jakarta.faces.context.FacesContext;

/**
 * Answers the current page request with a plain 404 (the French error page), as if the page did not
 * exist: used when a placement page is asked for a placement the person may not see, so that
 * "not yours" and "does not exist" look the same from outside.
 */
final class NotFoundResponse {

    private NotFoundResponse() {
    }

    static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, null);
        context.responseComplete();
    }
}
