package fr.faireess.mobility.identity;

import java.io.Serializable;

/** A student account created by an import, with the temporary password to hand over (shown once). */
public record ImportedAccount(String email, String fullName, String temporaryPassword) implements Serializable {
}
