package org.retrogistics.workshop;

import javax.sql.DataSource;
import org.retrogistics.shared.SqlWorkQueue;
import org.springframework.stereotype.Component;

/** The workshop's open work orders and the oldest one's age (the status is the work_order_queue index's second column). */
@Component
class WorkshopWorkQueue extends SqlWorkQueue {

    WorkshopWorkQueue(DataSource database) {
        super(database, "workshop", "work_order", "created_at", "status in ('OPEN', 'ASSIGNED', 'IN_PROGRESS')");
    }
}
