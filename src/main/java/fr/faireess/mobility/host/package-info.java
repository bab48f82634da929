/**
 * The directory of host organisations: the social-work structures abroad that take trainees, with
 * their type, legal status, size, languages, themes, partner networks, and their contacts and mentors.
 * Coordinators edit it; students browse its public part (never contacts nor notes). Other features
 * (applications, placements) find organisations through {@link fr.faireess.mobility.host.HostDirectory}.
 */
package fr.faireess.mobility.host;
