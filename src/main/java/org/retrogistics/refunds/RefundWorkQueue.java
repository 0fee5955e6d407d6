package org.retrogistics.refunds;

import javax.sql.DataSource;
import org.retrogistics.shared.SqlWorkQueue;
import org.springframework.stereotype.Component;

/** Money that waits for a person (held for review or failed at the provider) and since when the oldest. */
@Component
class RefundWorkQueue extends SqlWorkQueue {

    RefundWorkQueue(DataSource database) {
        super(database, "refunds", "money_movement", "created_at", "status in ('HELD', 'FAILED')");
    }
}
