/**
 * Custody: units with their identity (serial or licence plate) and the append-only chain-of-custody ledger. Knows
 * units, places and holders, not why a unit moves: callers pass the reason as a source reference.
 */
package org.retrogistics.custody;
