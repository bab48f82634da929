/** The audit log: who changed what, when, from which state to which, with what comment. */
package fr.faireess.mobility.platform.audit;
