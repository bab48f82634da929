package fr.faireess.mobility.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the current version of a placement's Learning Agreement stands: whether its content is
 * complete enough to be signed (title, detailed programme, recognition — what
 * {@code AgreementService} asks before any signature) and which of the three parties still have to
 * sign. Shown in the coordinators' placement list and read by the homes' to-do lists.
 */
public record PendingSignatures(boolean complete, boolean student, boolean coordinator, boolean mentor) {

    /** A party to the agreement, in the order the agreement lists them. */
    public enum Party {
        STUDENT, COORDINATOR, MENTOR;

        public String labelKey() {
            return "agreement.party." + name();
        }
    }

    public static PendingSignatures of(LearningAgreement agreement) {
        return new PendingSignatures(
                agreement.getTitle() != null && agreement.getProgramme() != null && agreement.getRecognition() != null,
                agreement.getStudentSignedAt() == null, agreement.getCoordinatorSignedAt() == null,
                agreement.getMentorSignedAt() == null);
    }

    /** The parties who have not signed yet, in the agreement's order; empty once all three have. */
    public List<Party> parties() {
        List<Party> parties = new ArrayList<>();
        if (student) {
            parties.add(Party.STUDENT);
        }
        if (coordinator) {
            parties.add(Party.COORDINATOR);
        }
        if (mentor) {
            parties.add(Party.MENTOR);
        }
        return parties;
    }

    /** All three signed: the coordinator may confirm the placement. */
    public boolean signedByAll() {
        return !student && !coordinator && !mentor;
    }

    /** The agreement waits for {@code party}'s signature, and can take it (its content is complete). */
    public boolean awaits(Party party) {
        return complete && parties().contains(party);
    }
}
