package fr.faireess.mobility.module;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.reference.Country;

/** A guest from another country who took part in a session (in person or by video link). */
@Entity
@Table(name = "module_guest")
public class ModuleGuest implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private ModuleSession session;

    @Size(max = 120)
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    @Size(max = 200)
    @Column(length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "guest_role", nullable = false, length = 20)
    private GuestRole role;

    protected ModuleGuest() {
    }

    ModuleGuest(ModuleSession session, String fullName, Country country, String organisation, GuestRole role) {
        this.session = session;
        this.fullName = fullName;
        this.country = country;
        this.organisation = organisation;
        this.role = role;
    }

    public Long getId() { return id; }
    public ModuleSession getSession() { return session; }
    public String getFullName() { return fullName; }
    public Country getCountry() { return country; }
    public String getOrganisation() { return organisation; }
    public GuestRole getRole() { return role; }
}
