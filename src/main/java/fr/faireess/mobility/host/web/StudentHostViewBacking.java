package fr.faireess.mobility.host.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostProfile;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * Backs {@code /student/hosts/view.xhtml?id=}: the public profile of an active organisation. Holds a
 * {@link HostProfile}, never the entity, so contacts and notes cannot reach this page. An unknown or
 * inactive id, or one that is not a number, gives the not-found page.
 */
@Named
@ViewScoped
public class StudentHostViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostDirectory directory;

    private String id;
    private HostProfile host;

    public void load() {
        if (host != null) {
            return;
        }
        long hostId;
        try {
            hostId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        host = directory.profile(hostId).orElseThrow(NotFoundException::new);
    }

    public HostProfile getHost() { return host; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
