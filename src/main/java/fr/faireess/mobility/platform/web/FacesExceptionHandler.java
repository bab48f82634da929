package fr.faireess.mobility.platform.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Turns every exception that escapes a page or an action into something a person can act on:
 * an expired view goes back to the login page with a message, a refused action becomes a message on
 * the page, anything else goes to the French error page — never a stack trace. Works for Ajax
 * requests too, where a plain error page would be swallowed by the browser.
 */
public class FacesExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FacesExceptionHandler.class.getName());

    public FacesExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            events.remove();
            if (context.getResponseComplete()) {
                continue;
            }
            Throwable root = root(exception);
            try {
                if (root instanceof ViewExpiredException || isStaleNonce(root)) {
                    redirect(context, "/login.xhtml?expired=true");
                } else if (isUnrestorablePostback(context)) {
                    LOG.info(() -> "A posted page state could not be restored (" + root + "): answered as an expired page");
                    redirect(context, "/login.xhtml?expired=true");
                } else if (root instanceof NotFoundException) {
                    notFound(context);
                } else if (root instanceof BusinessException business) {
                    Messages.show(business, null);
                } else if (root instanceof SecurityException || root instanceof jakarta.ejb.EJBAccessException) {
                    redirect(context, "/errors/403.xhtml");
                } else {
                    LOG.log(Level.SEVERE, "Unexpected error on " + context.getViewRoot(), exception);
                    redirect(context, "/errors/500.xhtml");
                }
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Could not show the error page", e);
            }
        }
        getWrapped().handle();
    }

    /**
     * PrimeFaces keeps the CSP nonce in the session: a form posted after the session ended carries a
     * nonce the server no longer knows. Same cause, same answer as an expired view.
     */
    private static boolean isStaleNonce(Throwable exception) {
        return exception.getClass().getName().equals("org.primefaces.csp.CspException");
    }

    /**
     * A post whose page state cannot be restored at all (a forged {@code jakarta.faces.ViewState},
     * such as {@code stateless} for a page that keeps state): the client's doing, not a server
     * error; answered like an expired page.
     */
    private static boolean isUnrestorablePostback(FacesContext context) {
        return context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback();
    }

    /**
     * A real 404 (the container shows the French page with that status), not a redirect to a page
     * answered 200: search engines, monitoring and scripts must see "not found". Ajax requests, and
     * a response already under way, still go to the page by redirect.
     */
    private static void notFound(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            redirect(context, "/errors/404.xhtml");
            return;
        }
        external.responseReset();
        external.responseSendError(404, null);
        context.responseComplete();
    }

    private static void redirect(FacesContext context, String path) throws IOException {
        ExternalContext external = context.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        context.responseComplete();
    }

    /** The first cause that is not a mere wrapper added by Faces, EL, CDI or EJB. */
    static Throwable root(Throwable exception) {
        Throwable current = exception;
        while (current.getCause() != null && current != current.getCause()
                && !(current instanceof BusinessException)
                && !(current instanceof ViewExpiredException)
                && (current instanceof FacesException
                    || current instanceof jakarta.el.ELException
                    || current instanceof jakarta.ejb.EJBException
                    || current instanceof jakarta.transaction.RollbackException
                    || current instanceof jakarta.enterprise.inject.CreationException
                    || current.getClass().getName().startsWith("jakarta.transaction")
                    || current.getClass().getName().equals("java.lang.reflect.InvocationTargetException")
                    || current.getClass().getName().equals("java.lang.reflect.UndeclaredThrowableException"))) {
            current = current.getCause();
        }
        return current;
    }
}
