package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemsTest {

    @Test
    void aDatabaseOutOfReachIsTellingApartFromAnyOtherFailure() {
        assertThat(Problems.databaseUnavailable(new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("timed out after 2000ms"))))
                .isTrue();
        assertThat(Problems.databaseUnavailable(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(Problems.databaseUnavailable(
                        new IllegalStateException("wrapped", new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(Problems.databaseUnavailable(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        assertThat(Problems.databaseUnavailable(new JpaSystemException(
                        new RuntimeException("Unable to rollback", new SQLException("Connection is closed")))))
                .isTrue();

        assertThat(Problems.databaseUnavailable(new DataIntegrityViolationException("duplicate")))
                .isFalse();
        assertThat(Problems.databaseUnavailable(new SQLException("syntax", "42601")))
                .isFalse();
        assertThat(Problems.databaseUnavailable(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void statusesAndConstraintsHaveStableCodes() {
        assertThat(Problems.codeOf(404)).isEqualTo("not-found");
        assertThat(Problems.codeOf(405)).isEqualTo("method-not-allowed");
        assertThat(Problems.codeOf(415)).isEqualTo("unsupported-media-type");
        assertThat(Problems.codeOf(500)).isEqualTo("internal-error");
        assertThat(ApiProblems.code("NotNull")).isEqualTo("not-null");
        assertThat(ApiProblems.code("PastOrPresent")).isEqualTo("past-or-present");
        assertThat(ApiProblems.code("CurrencyCode")).isEqualTo("currency-code");
        assertThat(ApiProblems.code(null)).isEqualTo("invalid");
    }
}
