package fr.faireess.mobility.testimony.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyService;

/**
 * Backs {@code /student/testimonies/list.xhtml}: the student's testimonies (written or co-written),
 * and the mobilities they may write about.
 */
@Named
@RequestScoped
public class MyTestimoniesBacking {

    @Inject private TestimonyService testimonies;
    @Inject private CurrentUser currentUser;

    private List<Testimony> mine;
    private List<MobilityApplication> mobilities;

    public List<Testimony> getTestimonies() {
        if (mine == null) {
            mine = testimonies.ofAuthor(currentUser.get());
        }
        return mine;
    }

    public List<MobilityApplication> getMobilities() {
        if (mobilities == null) {
            mobilities = testimonies.mobilitiesOf(currentUser.get());
        }
        return mobilities;
    }
}
