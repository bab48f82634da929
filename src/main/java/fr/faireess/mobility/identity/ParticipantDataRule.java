package fr.faireess.mobility.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * The participant data the EU documents ask of a student (Learning Agreement header, Beneficiary
 * Module row): date of birth, nationality, gender. Each may stay empty while nothing needs it; what is
 * typed must be plausible: a birth date from {@value #MIN_AGE} to {@value #MAX_AGE} years before
 * today. Plain Java: the date comes in.
 */
public final class ParticipantDataRule {

    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 100;

    private ParticipantDataRule() {
    }

    public static Optional<BusinessException> refusal(LocalDate birthDate, LocalDate today) {
        if (birthDate != null) {
            int age = Period.between(birthDate, today).getYears();
            if (birthDate.isAfter(today) || age < MIN_AGE || age > MAX_AGE) {
                return Optional.of(new BusinessException("birthDate", "participant.birthDate.invalid", MIN_AGE, MAX_AGE));
            }
        }
        return Optional.empty();
    }

    /** The label keys of what is still missing, in the order the form asks them; empty when complete. */
    public static List<String> missing(Account student) {
        List<String> missing = new ArrayList<>();
        if (student.getBirthDate() == null) {
            missing.add("participant.birthDate");
        }
        if (student.getNationality() == null) {
            missing.add("participant.nationality");
        }
        if (student.getGender() == null) {
            missing.add("participant.gender");
        }
        return missing;
    }
}
