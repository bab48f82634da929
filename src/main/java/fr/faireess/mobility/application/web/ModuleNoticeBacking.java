package fr.faireess.mobility.application.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ModuleGate;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Tells a student, on the call's card and before they try, why a call that requires the
 * intercultural module is closed to them (how many sessions or analyses are missing), in the
 * words the module itself uses. The module's status is read once per request.
 */
@Named
@RequestScoped
public class ModuleNoticeBacking {

    @Inject private ModuleGate moduleGate;
    @Inject private CurrentUser currentUser;

    private Optional<String> refusal;

    /** The reason the student may not apply to {@code call}, or null when the module does not stop them. */
    public String refusal(MobilityCall call) {
        if (!call.isRequiresModule()) {
            return null;
        }
        if (refusal == null) {
            refusal = moduleGate.refusal(currentUser.get()).map(ModuleNoticeBacking::text);
        }
        return refusal.orElse(null);
    }

    private static String text(BusinessException e) {
        return Messages.text(e.messageKey(), e.arguments());
    }
}
