package fr.faireess.mobility.application;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

import fr.faireess.mobility.platform.text.Texts;

/** One destination wish as typed: a host from the directory, or a free proposal. */
public class WishForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long hostId;
    private String countryCode;
    @Size(max = ApplicationRules.CITY_MAX, message = "{field.tooLong}")
    private String city;
    private String hostType;
    @Size(max = ApplicationRules.REASON_MAX, message = "{application.wish.reasonTooLong}")
    private String reason;

    /** Empty rows are ignored: a wish exists once a host or a country is chosen. */
    public boolean isFilled() {
        return hostId != null || (countryCode != null && !countryCode.isBlank());
    }

    public boolean isFromDirectory() {
        return hostId != null;
    }

    public Long getHostId() { return hostId; }
    public void setHostId(Long hostId) { this.hostId = hostId; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = Texts.blankToNull(countryCode); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = Texts.blankToNull(city); }
    public String getHostType() { return hostType; }
    public void setHostType(String hostType) { this.hostType = Texts.blankToNull(hostType); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = Texts.blankToNull(reason); }
}
