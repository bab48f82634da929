package fr.faireess.mobility.testimony.web;

import java.io.IOException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.host.HostProfile;
import fr.faireess.mobility.testimony.FileInfo;
import fr.faireess.mobility.testimony.Showcase;
import fr.faireess.mobility.testimony.Testimony;

/**
 * Backs {@code /showcase/testimony.xhtml?id=} (public): one published testimony with its player
 * (YouTube on the privacy-enhanced domain, Vimeo), text and file. Any other id — a draft, an
 * unpublished or a missing testimony, or not a number — answers 404 with the error page.
 */
@Named
@RequestScoped
public class ShowcaseTestimonyBacking {


    @Inject private Showcase showcase;

    private String id;
    private Testimony testimony;

    public void load() throws IOException {
        if (testimony != null) {
            return;
        }
        try {
            testimony = showcase.find(Long.parseLong(id == null ? "" : id.trim())).orElse(null);
        } catch (NumberFormatException e) {
            testimony = null;
        }
        if (testimony == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Testimony getTestimony() { return testimony; }
    // A postback (the language switch) decodes the page before its view action finds the testimony again.
    public FileInfo getFile() { return testimony == null ? null : showcase.fileOf(testimony).orElse(null); }
    public HostProfile getHost() { return testimony == null ? null : showcase.host(testimony).orElse(null); }
    public List<String> getAuthors() { return testimony == null ? List.of() : showcase.authorNames(testimony); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
