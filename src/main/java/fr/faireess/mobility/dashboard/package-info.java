/**
 * The view from above: figures of applications, mobilities, the module and testimonies, counted in
 * the database (grouped queries) within the viewer's campus scope, each drawn as a chart with its
 * data table and exports. Reads the other features' tables; no feature depends on it.
 */
package fr.faireess.mobility.dashboard;
