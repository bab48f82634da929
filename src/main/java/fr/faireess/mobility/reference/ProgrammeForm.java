package fr.faireess.mobility.reference;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** What an administrator corrects on a programme: ISCED-F code and diploma names; checked by {@link ProgrammeRule}. */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String iscedCode;
    @Size(max = ProgrammeRule.DIPLOMA_MAX, message = "{reference.programme.diplomaTooLong}")
    private String diplomaFr;
    @Size(max = ProgrammeRule.DIPLOMA_MAX, message = "{reference.programme.diplomaTooLong}")
    private String diplomaEn;
    private long version;

    public ProgrammeForm() {
    }

    public ProgrammeForm(String iscedCode, String diplomaFr, String diplomaEn, long version) {
        this.iscedCode = iscedCode;
        this.diplomaFr = strip(diplomaFr);
        this.diplomaEn = strip(diplomaEn);
        this.version = version;
    }

    public static ProgrammeForm of(Programme programme) {
        return new ProgrammeForm(programme.getIscedCode(), programme.getDiplomaFr(), programme.getDiplomaEn(),
                programme.getVersion());
    }

    /** The values as they will be stored: surrounding spaces dropped (the diplomas are held so, for their @Size). */
    String iscedCodeStripped() {
        return strip(iscedCode);
    }

    String diplomaFrStripped() {
        return strip(diplomaFr);
    }

    String diplomaEnStripped() {
        return strip(diplomaEn);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getIscedCode() { return iscedCode; }
    public void setIscedCode(String iscedCode) { this.iscedCode = iscedCode; }
    public String getDiplomaFr() { return diplomaFr; }
    public void setDiplomaFr(String diplomaFr) { this.diplomaFr = strip(diplomaFr); }
    public String getDiplomaEn() { return diplomaEn; }
    public void setDiplomaEn(String diplomaEn) { this.diplomaEn = strip(diplomaEn); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
