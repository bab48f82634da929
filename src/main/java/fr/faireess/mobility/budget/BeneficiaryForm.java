package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an administrator types for a beneficiary, with the version they read. */
public class BeneficiaryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private BeneficiaryKind kind = BeneficiaryKind.SCHOOL;
    private List<String> campuses = new ArrayList<>();
    private long version;

    /** The same form, read at {@code readVersion} (what a page keeps from its load). */
    public BeneficiaryForm withVersion(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BeneficiaryKind getKind() { return kind; }
    public void setKind(BeneficiaryKind kind) { this.kind = kind; }
    public List<String> getCampuses() { return campuses; }
    public void setCampuses(List<String> campuses) { this.campuses = campuses == null ? new ArrayList<>() : campuses; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
