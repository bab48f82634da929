package fr.faireess.mobility.module;

import java.io.Serializable;

/** One line of a cohort's completion table. */
public record CohortMember(long studentId, String lastName, String firstName, String email, CompletionStatus status) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
