package fr.faireess.mobility.reference;

import java.io.Serializable;

/** What an administrator corrects on a programme: ISCED-F code and diploma names; checked by {@link ProgrammeRule}. */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String iscedCode;
    private String diplomaFr;
    private String diplomaEn;
    private long version;

    public ProgrammeForm() {
    }

    public ProgrammeForm(String iscedCode, String diplomaFr, String diplomaEn, long version) {
        this.iscedCode = iscedCode;
        this.diplomaFr = diplomaFr;
        this.diplomaEn = diplomaEn;
        this.version = version;
    }

    public static ProgrammeForm of(Programme programme) {
        return new ProgrammeForm(programme.getIscedCode(), programme.getDiplomaFr(), programme.getDiplomaEn(),
                programme.getVersion());
    }

    /** The values as they will be stored: surrounding spaces dropped. */
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
    public void setDiplomaFr(String diplomaFr) { this.diplomaFr = diplomaFr; }
    public String getDiplomaEn() { return diplomaEn; }
    public void setDiplomaEn(String diplomaEn) { this.diplomaEn = diplomaEn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
