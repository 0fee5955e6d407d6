package org.retrogistics.recycling;

import javax.sql.DataSource;
import org.retrogistics.shared.SqlWorkQueue;
import org.springframework.stereotype.Component;

/** Recycling batches not yet closed (being filled or on their way) and the oldest one's age: a row per batch. */
@Component
class RecyclingWorkQueue extends SqlWorkQueue {

    RecyclingWorkQueue(DataSource database) {
        super(database, "recycling", "recycling_batch", "created_at", "status in ('OPEN', 'SHIPPED')");
    }
}
