package fr.faireess.mobility.application.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.CurrentUser;

/** Backs the student's list of applications (home page and {@code /student/applications/list.xhtml}). */
@Named
@RequestScoped
public class MyApplicationsBacking {

    @Inject private ApplicationService applications;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private List<MobilityApplication> rows;

    @PostConstruct
    void load() {
        rows = applications.ofStudent(currentUser.get());
    }

    public List<MobilityApplication> getRows() {
        return rows;
    }

    /** The "next step" sentence's key for one of the rows (a closed call changes what the student can still do). */
    public String nextStepKey(MobilityApplication application) {
        return ApplicationRules.nextStepKey(application.getStatus(), application.getCall().isOpen(schoolClock.now()));
    }
}
