/** What every generated PDF shares (fonts able to print partner countries' names). */
package fr.faireess.mobility.platform.pdf;
