package fr.faireess.mobility.application;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.faireess.mobility.identity.Account;

/** A message in an application's thread; the student sees every one. */
@Entity
@Table(name = "application_comment")
public class ApplicationComment implements Serializable {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MobilityApplication application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApplicationComment() {
    }

    ApplicationComment(MobilityApplication application, Account author, String body, Instant createdAt) {
        this.application = application;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Account getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
