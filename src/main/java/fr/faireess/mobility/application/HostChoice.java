package fr.faireess.mobility.application;

import java.io.Serializable;

/** A directory host as offered in the wish drop-down: id and "name — city (country)". */
public record HostChoice(Long id, String label) implements Serializable {
}
