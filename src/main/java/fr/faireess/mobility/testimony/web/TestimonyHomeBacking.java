package fr.faireess.mobility.testimony.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.testimony.TestimonyCriteria;
import fr.faireess.mobility.testimony.TestimonyService;
import fr.faireess.mobility.testimony.TestimonyModeration;
import fr.faireess.mobility.testimony.TestimonyModeration.TakenOff;
import fr.faireess.mobility.testimony.TestimonyStatus;

/**
 * Backs the testimony panel of the coordinator home: how many testimonies wait for a review, and
 * those the system took off the showcase for a consent in the last weeks (each is also e-mailed).
 */
@Named
@RequestScoped
public class TestimonyHomeBacking {

    private static final int RECENT_DAYS = 60;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyModeration testimonyModeration;
    @Inject private CurrentUser currentUser;

    private Long waiting;
    private List<TakenOff> takenOff;

    public long getWaiting() {
        if (waiting == null) {
            waiting = testimonies.count(TestimonyCriteria.moderation(TestimonyStatus.SUBMITTED, null, null), currentUser.get());
        }
        return waiting;
    }

    public List<TakenOff> getTakenOff() {
        if (takenOff == null) {
            takenOff = testimonyModeration.takenOffForConsent(currentUser.get(), RECENT_DAYS);
        }
        return takenOff;
    }
}
