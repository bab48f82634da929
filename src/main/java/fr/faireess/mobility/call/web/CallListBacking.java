package fr.faireess.mobility.call.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;

/** Backs {@code /coordinator/calls/list.xhtml}: every call with its state and counts. */
@Named
@RequestScoped
public class CallListBacking {

    @Inject private CallService calls;
    @Inject private ApplicationService applications;

    private List<MobilityCall> rows;
    private Map<Long, Map<ApplicationStatus, Long>> counts;

    @PostConstruct
    void load() {
        rows = calls.all();
        counts = applications.countsByCall();
    }

    public List<MobilityCall> getRows() {
        return rows;
    }

    public String stateKey(MobilityCall call) {
        return CallStates.key(call, calls.now());
    }

    public long count(MobilityCall call, String status) {
        return counts.getOrDefault(call.getId(), Map.of()).getOrDefault(ApplicationStatus.valueOf(status), 0L);
    }

    /** Every application that left the draft stage. */
    public long submitted(MobilityCall call) {
        return counts.getOrDefault(call.getId(), Map.of()).entrySet().stream()
                .filter(e -> e.getKey() != ApplicationStatus.DRAFT)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
