package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.math.BigDecimal;

/** What an administrator types for a beneficiary's call year: the agreement number and the award. */
public class BudgetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer callYear;
    private String agreementNumber;
    private BigDecimal awarded;
    private long version;

    public Integer getCallYear() { return callYear; }
    public void setCallYear(Integer callYear) { this.callYear = callYear; }
    public String getAgreementNumber() { return agreementNumber; }
    public void setAgreementNumber(String agreementNumber) { this.agreementNumber = agreementNumber; }
    public BigDecimal getAwarded() { return awarded; }
    public void setAwarded(BigDecimal awarded) { this.awarded = awarded; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
