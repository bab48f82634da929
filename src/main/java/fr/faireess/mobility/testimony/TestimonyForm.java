package fr.faireess.mobility.testimony;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** What the student types (or picks) for a testimony; the mobility's facts are never typed. */
public class TestimonyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long applicationId;
    private TestimonyType type;
    @Size(max = Testimony.TITLE_MAX, message = "{testimony.title.tooLong}")
    private String title;
    @Size(max = Testimony.SUMMARY_MAX, message = "{testimony.summary.tooLong}")
    private String summary;
    @Size(max = Testimony.BODY_MAX, message = "{testimony.body.tooLong}")
    private String body;
    private String language;
    private String link;
    /** Co-authors' e-mail addresses, separated by commas, semicolons or spaces. */
    private String coAuthors;
    private Long version;

    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
    public TestimonyType getType() { return type; }
    public void setType(TestimonyType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary == null ? null : summary.strip(); }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body == null ? null : body.strip(); }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getCoAuthors() { return coAuthors; }
    public void setCoAuthors(String coAuthors) { this.coAuthors = coAuthors; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
