package fr.faireess.mobility.application.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationQueries;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.call.CallStates;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * Backs {@code /coordinator/calls/list.xhtml}: the calls open to a campus the coordinator sees, with
 * their state and the counts of the files of those campuses.
 */
@Named
@RequestScoped
public class CallListBacking {

    @Inject private CallService calls;
    @Inject private ApplicationQueries applicationQueries;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;

    private List<MobilityCall> rows;
    private Map<Long, Map<ApplicationStatus, Long>> counts;
    private final Map<Long, Optional<Long>> selectedEverywhere = new HashMap<>();

    @PostConstruct
    void load() {
        rows = calls.visibleTo(currentUser.get());
        counts = applicationQueries.countsByCall(currentUser.get());
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

    /**
     * Selected files on every campus of the call, when the coordinator does not see all of them: the
     * places are the whole call's, so they learn how many are taken (never by whom). Null otherwise.
     */
    public Long selectedOnAllCampuses(MobilityCall call) {
        return selectedEverywhere.computeIfAbsent(call.getId(), id ->
                calls.mayManage(call.getCampuses(), currentUser.get()) ? Optional.empty() : Optional.of(calls.selectedCount(id)))
                .orElse(null);
    }

    /**
     * Who the call is for, in words: "IRTS Montpellier, IRTS Perpignan · ASS, EJE, ES · 1re année,
     * 2e année" rather than the sets' own notation.
     */
    public String audience(MobilityCall call) {
        String campuses = call.getCampuses().stream()
                .map(code -> reference.campus(code).map(Campus::getName).orElse(code))
                .collect(Collectors.joining(", "));
        String years = call.getStudyYears().stream()
                .map(year -> Messages.text("module.studyYear." + year))
                .collect(Collectors.joining(", "));
        return String.join(" · ", call.getAcademicYear(), campuses, String.join(", ", call.getProgrammes()), years);
    }

    /** Every application that left the draft stage. */
    public long submitted(MobilityCall call) {
        return counts.getOrDefault(call.getId(), Map.of()).entrySet().stream()
                .filter(e -> e.getKey() != ApplicationStatus.DRAFT)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
