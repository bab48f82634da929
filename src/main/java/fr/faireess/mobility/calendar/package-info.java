/**
 * Calendar feeds: a private iCalendar (RFC 5545) address per person, which their own calendar
 * subscribes to — module sessions for trainers and students; departures, returns and the
 * agreement's and certificate's deadlines for coordinators (their campuses) and students (their
 * own). The address's secret is stored hashed; making a new one ends the old one.
 */
package fr.faireess.mobility.calendar;
