package fr.faireess.mobility.privacy.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.privacy.PrivacyService;
import fr.faireess.mobility.privacy.PurgeRun;
import fr.faireess.mobility.privacy.RecordType;
import fr.faireess.mobility.privacy.Retention;

/**
 * Backs {@code /admin/privacy.xhtml}: the retention table with the setting behind each period, the
 * last purge's counts, and running the purge now.
 */
@Named
@RequestScoped
public class PrivacyAdminBacking {

    @Inject private PrivacyService privacy;
    @Inject private CurrentUser currentUser;

    private Optional<PurgeRun> lastRun;

    public List<Retention> getRetention() {
        return privacy.table();
    }

    public PurgeRun getLastRun() {
        if (lastRun == null) {
            lastRun = privacy.lastRun();
        }
        return lastRun.orElse(null);
    }

    public RecordType[] getTypes() {
        return RecordType.values();
    }

    public void runNow() {
        PurgeRun run = privacy.runNow(currentUser.get());
        lastRun = Optional.of(run);
        Messages.info("privacy.admin.done", run.getTotal(), run.getFailures());
    }
}
