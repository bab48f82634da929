package fr.faireess.mobility.privacy.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.privacy.DataExportService;
import fr.faireess.mobility.privacy.PrivacyService;
import fr.faireess.mobility.privacy.Retention;

/**
 * Backs {@code /student/privacy.xhtml} ("Mes données personnelles"): the participant data given for
 * the EU documents, what is kept and for how long, and the download of everything held about the logged-in student. No parameter: the export is
 * always the caller's own.
 */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject private DataExportService exports;
    @Inject private PrivacyService privacy;
    @Inject private CurrentUser currentUser;

    public void download() throws IOException {
        ZipDownload.send(exports.exportOwn(currentUser.get()));
    }

    /** The logged-in student, for the participant data this page shows them (their own only). */
    public Account getMe() {
        return currentUser.get();
    }

    public List<Retention> getRetention() {
        return privacy.table();
    }
}
