/**
 * Testimonies (témoignages): what students made of their mobility — films, articles, photo reports,
 * presentations, podcasts — with the consent of every identifiable person
 * ({@link fr.faireess.mobility.testimony.ConsentRule}), the coordinator's moderation
 * ({@link fr.faireess.mobility.testimony.TestimonyStatus}) and the public showcase
 * ({@link fr.faireess.mobility.testimony.Showcase}): only published testimonies, with
 * privacy-enhanced video embeds ({@link fr.faireess.mobility.testimony.UrlRule}) and an Atom feed.
 * A consent is given for a period: the showcase shows a testimony only while every consent it needs
 * is valid today, and {@link fr.faireess.mobility.testimony.ConsentExpiryJob} unpublishes it the
 * night after one ends. Authors and coordinators are e-mailed about each decision
 * ({@link fr.faireess.mobility.testimony.TestimonyNotifications}).
 * Who may write one is decided by {@link fr.faireess.mobility.testimony.TestimonyEligibility}.
 */
package fr.faireess.mobility.testimony;
