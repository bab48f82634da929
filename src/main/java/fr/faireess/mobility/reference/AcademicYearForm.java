package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.time.LocalDate;

/** A new academic year as an administrator enters it; checked by {@link AcademicYearRule}. */
public class AcademicYearForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public AcademicYearForm() {
    }

    public AcademicYearForm(String code, LocalDate startsOn, LocalDate endsOn) {
        this.code = code;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The label as it will be stored: surrounding spaces dropped. */
    String codeStripped() {
        return code == null ? null : code.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
