package org.retrogistics.inspection;

import javax.sql.DataSource;
import org.retrogistics.shared.SqlWorkQueue;
import org.springframework.stereotype.Component;

/** Units waiting for inspection and the oldest wait: over the partial index of waiting tasks. */
@Component
class InspectionWorkQueue extends SqlWorkQueue {

    InspectionWorkQueue(DataSource database) {
        super(database, "inspection", "inspection_task", "queued_at", "done_at is null");
    }
}
