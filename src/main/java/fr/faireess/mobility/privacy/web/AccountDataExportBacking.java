package fr.faireess.mobility.privacy.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.privacy.DataExportService;

/**
 * The export button of {@code /admin/accounts/edit.xhtml}: an administrator answers a person's
 * request for their data (received by e-mail or post) with the same ZIP the student can download.
 */
@Named
@RequestScoped
public class AccountDataExportBacking {

    @Inject private DataExportService exports;
    @Inject private CurrentUser currentUser;

    public void download(Long accountId) throws IOException {
        ZipDownload.send(exports.exportFor(accountId, currentUser.get()));
    }
}
