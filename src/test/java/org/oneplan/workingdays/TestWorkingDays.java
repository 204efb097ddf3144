package org.oneplan.workingdays;

import java.time.Clock;
import org.springframework.core.io.ClassPathResource;

/** Working days of England and Wales, from the bank holidays shipped with OnePlan, by a clock a test chooses. */
public final class TestWorkingDays {

    private TestWorkingDays() {
    }

    public static WorkingDays at(Clock clock) {
        return new WorkingDays(BankHolidayFile.read(new ClassPathResource("workingdays/bank-holidays.json"),
                "england-and-wales"), clock);
    }
}
