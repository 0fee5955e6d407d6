package org.retrogistics.returns;

import javax.sql.DataSource;
import org.retrogistics.shared.SqlWorkQueue;
import org.springframework.stereotype.Component;

/** Returns waiting for an agent's review, and since when the longest-waiting one. */
@Component
class ReviewWorkQueue extends SqlWorkQueue {

    ReviewWorkQueue(DataSource database) {
        super(database, "review", "return_request", "requested_at", "status = 'UNDER_REVIEW'");
    }
}
