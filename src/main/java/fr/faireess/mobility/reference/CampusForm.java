package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.util.Locale;

import fr.faireess.mobility.platform.text.Texts;

import jakarta.validation.constraints.Size;

/**
 * What an administrator corrects on a campus: the details the Learning Agreement's header and the
 * Beneficiary Module file give for the sending institution. Checked by {@link CampusRule}.
 */
public class CampusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String erasmusCode;
    @Size(max = CampusRule.DEPARTMENT_MAX, message = "{reference.campus.tooLong}")
    private String department;
    @Size(max = CampusRule.ADDRESS_MAX, message = "{reference.campus.tooLong}")
    private String address;
    private String phone;
    private long version;

    public CampusForm() {
    }

    public CampusForm(String erasmusCode, String department, String address, String phone, long version) {
        this.erasmusCode = erasmusCode;
        this.department = Texts.blankToNull(department);
        this.address = Texts.blankToNull(address);
        this.phone = phone;
        this.version = version;
    }

    public static CampusForm of(Campus campus) {
        return new CampusForm(campus.getErasmusCode(), campus.getDepartment(), campus.getAddress(), campus.getPhone(),
                campus.getVersion());
    }

    /**
     * The Erasmus code as stored: upper case, inner runs of spaces kept (the code pads the country
     * letter to three characters, "F  PERPIGN05"), surrounding spaces dropped; empty is "not known yet".
     */
    String erasmusCodeStored() {
        String value = Texts.blankToNull(erasmusCode);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    String departmentStored() { return Texts.blankToNull(department); }
    String addressStored() { return Texts.blankToNull(address); }
    String phoneStored() { return Texts.blankToNull(phone); }

    public String getErasmusCode() { return erasmusCode; }
    public void setErasmusCode(String erasmusCode) { this.erasmusCode = erasmusCode; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = Texts.blankToNull(department); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = Texts.blankToNull(address); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
