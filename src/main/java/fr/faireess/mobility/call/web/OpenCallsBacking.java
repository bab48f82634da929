package fr.faireess.mobility.call.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/** Backs {@code /student/calls.xhtml} and the student home: the calls open to this student. */
@Named
@RequestScoped
public class OpenCallsBacking {

    @Inject private CallService calls;
    @Inject private ApplicationService applications;
    @Inject private CurrentUser currentUser;

    private List<MobilityCall> open;
    private Map<Long, Long> mine;

    @PostConstruct
    void load() {
        open = calls.openCallsFor(currentUser.get());
        mine = applications.ofStudent(currentUser.get()).stream()
                .collect(Collectors.toMap(a -> a.getCall().getId(), MobilityApplication::getId));
    }

    public List<MobilityCall> getOpen() {
        return open;
    }

    public boolean hasApplied(MobilityCall call) {
        return mine.containsKey(call.getId());
    }

    /** Opens (or creates) the student's application to the call. */
    public String apply(long callId) {
        try {
            MobilityApplication application = applications.start(callId, currentUser.get());
            return "/student/applications/file?faces-redirect=true&id=" + application.getId();
        } catch (BusinessException e) {
            Messages.show(e, null);
            return null;
        }
    }
}
