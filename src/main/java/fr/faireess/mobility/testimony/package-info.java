/**
 * Testimonies (témoignages): what students made of their mobility — films, articles, photo reports,
 * presentations, podcasts — with the consent of every identifiable person
 * ({@link fr.faireess.mobility.testimony.ConsentRule}), the coordinator's moderation
 * ({@link fr.faireess.mobility.testimony.TestimonyStatus}) and the public showcase
 * ({@link fr.faireess.mobility.testimony.Showcase}): only published testimonies, with
 * privacy-enhanced video embeds ({@link fr.faireess.mobility.testimony.UrlRule}) and an Atom feed.
 * Who may write one is decided by {@link fr.faireess.mobility.testimony.TestimonyEligibility}.
 */
package fr.faireess.mobility.testimony;
