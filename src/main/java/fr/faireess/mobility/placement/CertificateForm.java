package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Table D, the traineeship certificate: typed by the mentor through their link, or by the coordinator. */
public class CertificateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate actualStart;
    private LocalDate actualEnd;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String tasks;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String outcomes;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String evaluation;
    private String signerName;

    public LocalDate getActualStart() { return actualStart; }
    public void setActualStart(LocalDate actualStart) { this.actualStart = actualStart; }
    public LocalDate getActualEnd() { return actualEnd; }
    public void setActualEnd(LocalDate actualEnd) { this.actualEnd = actualEnd; }
    public String getTasks() { return tasks; }
    public void setTasks(String tasks) { this.tasks = tasks; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String outcomes) { this.outcomes = outcomes; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
}
