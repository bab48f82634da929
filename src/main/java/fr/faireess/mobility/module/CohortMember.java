package fr.faireess.mobility.module;

/** One line of a cohort's completion table. */
public record CohortMember(long studentId, String lastName, String firstName, String email, CompletionStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
