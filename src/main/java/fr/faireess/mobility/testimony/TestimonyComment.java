package fr.faireess.mobility.testimony;

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
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.identity.Account;

/** A moderation comment on a testimony, which its authors see. */
@Entity
@Table(name = "testimony_comment")
public class TestimonyComment implements Serializable {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "testimony_id")
    private Testimony testimony;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Size(max = MAX_LENGTH)
    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TestimonyComment() {
    }

    TestimonyComment(Testimony testimony, Account author, String body, Instant createdAt) {
        this.testimony = testimony;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Testimony getTestimony() { return testimony; }
    public Account getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
