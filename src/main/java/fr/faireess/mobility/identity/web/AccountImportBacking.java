package fr.faireess.mobility.identity.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CohortCsv;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.ImportLineException;
import fr.faireess.mobility.identity.ImportedAccount;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/** Backs {@code /admin/accounts/import.xhtml}: a student cohort from a CSV file, all or nothing. */
@Named
@ViewScoped
public class AccountImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "import";

    @Inject private AccountService accounts;
    @Inject private CurrentUser currentUser;

    private transient UploadedFile file;
    private List<ImportedAccount> created = List.of();

    public void importCohort() {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError(FORM + ":file", "account.import.noFile");
            return;
        }
        try {
            String content = new String(file.getContent(), StandardCharsets.UTF_8);
            created = accounts.importStudents(CohortCsv.parse(content), currentUser.actor());
            Messages.info("account.import.done", created.size());
        } catch (ImportLineException e) {
            Messages.fieldError(FORM + ":file", "account.import.lineRefused", e.line(),
                    Messages.text(e.reason().messageKey(), e.reason().arguments()));
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ImportedAccount> getCreated() { return created; }
}
