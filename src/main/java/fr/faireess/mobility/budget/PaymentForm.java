package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** A payment as the coordinator types it: the amount always positive (a recovery's too). */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PaymentKind kind;
    private BigDecimal amount;
    private LocalDate paidOn;
    @Size(max = PaymentSchedule.NOTE_MAX, message = "{field.tooLong}")
    private String note;

    public PaymentKind getKind() { return kind; }
    public void setKind(PaymentKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? null : note.strip(); }
}
