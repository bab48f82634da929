package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A consent as typed: the media and the period; for a third party or a guardian also who, who
 * signed and when. (A student's own consent is dated the day they give it.)
 */
public class ConsentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PersonKind kind = PersonKind.THIRD_PARTY;
    @Size(max = TestimonyConsent.NAME_MAX, message = "{field.tooLong}")
    private String personName;
    @Size(max = TestimonyConsent.NAME_MAX, message = "{field.tooLong}")
    private String signedBy;
    private boolean web = true;
    private boolean print;
    private boolean event;
    private LocalDate givenOn;
    private LocalDate validUntil;

    public PersonKind getKind() { return kind; }
    public void setKind(PersonKind kind) { this.kind = kind; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName == null ? null : personName.strip(); }
    public String getSignedBy() { return signedBy; }
    public void setSignedBy(String signedBy) { this.signedBy = signedBy == null ? null : signedBy.strip(); }
    public boolean isWeb() { return web; }
    public void setWeb(boolean web) { this.web = web; }
    public boolean isPrint() { return print; }
    public void setPrint(boolean print) { this.print = print; }
    public boolean isEvent() { return event; }
    public void setEvent(boolean event) { this.event = event; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
