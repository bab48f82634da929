package fr.faireess.mobility.identity;

import java.io.Serializable;

/** A student account created by an import; its welcome e-mail carries the link to choose a password. */
public record ImportedAccount(String email, String fullName) implements Serializable {
}
