package fr.faireess.mobility.platform.mail.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.platform.security.ActingUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.MailState;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.platform.mail.OutgoingMail;

/**
 * Backs {@code /admin/outbox.xhtml}: the outbox paged and filtered in the database, with the
 * filters as view parameters ({@code ?state=…&q=…}), and the "send a test mail" button.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private MailService mail;
    @Inject private ActingUser currentUser;

    private String q;
    private MailState state;

    private final LazyDataModel<OutgoingMail> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) mail.count(criteria());
        }

        @Override
        public List<OutgoingMail> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return mail.search(criteria(), first, pageSize);
        }

        @Override
        public String getRowKey(OutgoingMail row) {
            return String.valueOf(row.getId());
        }

        @Override
        public OutgoingMail getRowData(String rowKey) {
            return mail.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    private OutboxCriteria criteria() {
        return new OutboxCriteria(state, q);
    }

    public String filter() {
        return "/admin/outbox?faces-redirect=true&includeViewParams=true";
    }

    public void sendTest() {
        PageAction.attempt("tools", () -> {
            OutgoingMail queued = mail.queueTest(currentUser.actor());
            Messages.info("mail.test.queued", queued.getRecipient());
        });
    }

    public String when(Instant instant) {
        return MailDates.format(instant);
    }

    public LazyDataModel<OutgoingMail> getRows() { return rows; }
    public MailState[] getStates() { return MailState.values(); }
    public boolean isSmtpConfigured() { return mail.smtpConfigured(); }
    public String getSmtpServer() { return mail.smtpServer(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public MailState getState() { return state; }
    public void setState(MailState state) { this.state = state; }
}
