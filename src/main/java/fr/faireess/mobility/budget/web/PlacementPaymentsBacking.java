package fr.faireess.mobility.budget.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.budget.PaymentForm;
import fr.faireess.mobility.budget.PaymentKind;
import fr.faireess.mobility.budget.PaymentService;
import fr.faireess.mobility.budget.PaymentService.Ledger;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * The payments panel of a placement page: read-only for the student, with the form to record a
 * payment for the coordinator (pre-filled with the payment the schedule expects next). The page
 * passes the placement id as a view parameter; the service loads it as the viewer may see it.
 */
@Named
@ViewScoped
public class PlacementPaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private PaymentService payments;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private Long placementId;
    private transient Ledger ledger;
    private PaymentForm form;

    public Ledger ledger() {
        if (ledger == null) {
            ledger = payments.ledger(placementId == null ? -1 : placementId, currentUser.get());
        }
        return ledger;
    }

    public PaymentForm getForm() {
        if (form == null) {
            form = new PaymentForm();
            form.setPaidOn(schoolClock.today());
            ledger().next().ifPresent(due -> {
                form.setKind(due.kind());
                form.setAmount(due.amount());
            });
        }
        return form;
    }

    public String record() {
        return PageAction.run("payment", () -> {
            payments.record(placementId, getForm(), currentUser.get());
            Messages.info("budget.payments.recorded");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/placements/view?faces-redirect=true&tab=grant&id=" + placementId;   // back to the grant tab
        }, () -> ledger = null);
    }

    public PaymentKind[] getKinds() {
        return PaymentKind.values();
    }

    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long placementId) { this.placementId = placementId; }
}
