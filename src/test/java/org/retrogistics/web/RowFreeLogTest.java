package org.retrogistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.retrogistics.web.support.Problems;
import org.springframework.dao.DataIntegrityViolationException;

/** What the logs keep of a database failure: which constraint and why, never the row it refused. */
class RowFreeLogTest {

    @Test
    void aRefusedRowIsLoggedByItsConstraintNotItsValues() {
        SQLException driver = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"app_user_username_key\"\n"
                        + "  Detail: Key (username)=(kim@example.com) already exists.",
                "23505");
        String logged = Problems.rowFree(new DataIntegrityViolationException("could not execute statement", driver));
        assertThat(logged)
                .isEqualTo("SQLException SQLState 23505: ERROR: duplicate key value violates unique constraint"
                        + " \"app_user_username_key\"")
                .doesNotContain("kim@example.com");

        SQLException check = new SQLException(
                "ERROR: new row for relation \"payout_ledger\" violates check constraint \"payout_ledger_amount_check\""
                        + "  Detail: Failing row contains (1, secret@example.com, -5.00).",
                "23514");
        assertThat(Problems.rowFree(check))
                .contains("payout_ledger_amount_check")
                .doesNotContain("secret", "Failing");
    }

    @Test
    void plainWordsReplaceJavaTypesAndFrameworkSentences() {
        assertThat(Problems.plainWords(
                        "Cannot deserialize value of type `java.util.UUID` from String \"x\"", "Invalid input"))
                .isEqualTo("Invalid input");
        assertThat(Problems.plainWords("No enum constant org.retrogistics.disposition.GradeBand.X", "Invalid input"))
                .isEqualTo("Invalid input");
        assertThat(Problems.plainWords("IllegalStateException: boom", "Invalid input"))
                .isEqualTo("Invalid input");
        assertThat(Problems.plainWords("No order WALK-9 for this client", "Not found"))
                .isEqualTo("No order WALK-9 for this client");
        assertThat(Problems.plainWords("refund to kim.doe@example.com", "x"))
                .isEqualTo("refund to kim.doe@example.com");
    }
}
