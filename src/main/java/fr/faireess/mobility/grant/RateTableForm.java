package fr.faireess.mobility.grant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import fr.faireess.mobility.reference.ErasmusGroup;

/** What an administrator edits on a rate table; checked by {@link RateTableRule}. */
public class RateTableForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String agreementNumber;
    private Integer traineeshipTopUp;
    private Integer fewerOpportunitiesTopUp;
    private Integer greenTravelTopUp;
    private Integer greenTravelDays;
    private List<Row> rows = new ArrayList<>();
    private List<TravelRow> travelRows = new ArrayList<>();
    private long version;

    /** One country group's figures, in whole euros per month. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private ErasmusGroup group;
        private Integer minMonthly;
        private Integer maxMonthly;
        private Integer monthlyRate;

        public Row() {
        }

        public Row(ErasmusGroup group, Integer minMonthly, Integer maxMonthly, Integer monthlyRate) {
            this.group = group;
            this.minMonthly = minMonthly;
            this.maxMonthly = maxMonthly;
            this.monthlyRate = monthlyRate;
        }

        public String groupLabelKey() {
            return "grant.group." + group.name();
        }

        public ErasmusGroup getGroup() { return group; }
        public void setGroup(ErasmusGroup group) { this.group = group; }
        public Integer getMinMonthly() { return minMonthly; }
        public void setMinMonthly(Integer minMonthly) { this.minMonthly = minMonthly; }
        public Integer getMaxMonthly() { return maxMonthly; }
        public void setMaxMonthly(Integer maxMonthly) { this.maxMonthly = maxMonthly; }
        public Integer getMonthlyRate() { return monthlyRate; }
        public void setMonthlyRate(Integer monthlyRate) { this.monthlyRate = monthlyRate; }
    }

    /** One distance band's travel support, in whole euros (once per mobility). */
    public static class TravelRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private DistanceBand band;
        private Integer standardAmount;
        private Integer greenAmount;

        public TravelRow() {
        }

        public TravelRow(DistanceBand band, Integer standardAmount, Integer greenAmount) {
            this.band = band;
            this.standardAmount = standardAmount;
            this.greenAmount = greenAmount;
        }

        public DistanceBand getBand() { return band; }
        public void setBand(DistanceBand band) { this.band = band; }
        public Integer getStandardAmount() { return standardAmount; }
        public void setStandardAmount(Integer standardAmount) { this.standardAmount = standardAmount; }
        public Integer getGreenAmount() { return greenAmount; }
        public void setGreenAmount(Integer greenAmount) { this.greenAmount = greenAmount; }
    }

    String agreementNumberOrNull() {
        return agreementNumber == null || agreementNumber.isBlank() ? null : agreementNumber.strip();
    }

    public String getAgreementNumber() { return agreementNumber; }
    public void setAgreementNumber(String agreementNumber) { this.agreementNumber = agreementNumber; }
    public Integer getTraineeshipTopUp() { return traineeshipTopUp; }
    public void setTraineeshipTopUp(Integer traineeshipTopUp) { this.traineeshipTopUp = traineeshipTopUp; }
    public Integer getFewerOpportunitiesTopUp() { return fewerOpportunitiesTopUp; }
    public void setFewerOpportunitiesTopUp(Integer fewerOpportunitiesTopUp) { this.fewerOpportunitiesTopUp = fewerOpportunitiesTopUp; }
    public Integer getGreenTravelTopUp() { return greenTravelTopUp; }
    public void setGreenTravelTopUp(Integer greenTravelTopUp) { this.greenTravelTopUp = greenTravelTopUp; }
    public Integer getGreenTravelDays() { return greenTravelDays; }
    public void setGreenTravelDays(Integer greenTravelDays) { this.greenTravelDays = greenTravelDays; }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
    public List<TravelRow> getTravelRows() { return travelRows; }
    public void setTravelRows(List<TravelRow> travelRows) { this.travelRows = travelRows; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
