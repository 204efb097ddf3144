package org.oneplan.workingdays;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the bank holidays from {@code oneplan.working-days.bank-holidays} (by default the England and Wales
 * file shipped with OnePlan), and warns when they run out before the end of next year.
 */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkingDaysConfiguration.class);

    @Bean
    BankHolidays bankHolidays(
            @Value("${oneplan.working-days.bank-holidays:classpath:workingdays/bank-holidays.json}") Resource file,
            @Value("${oneplan.working-days.division:england-and-wales}") String division, Clock clock) {
        BankHolidays holidays = BankHolidayFile.read(file, division);
        log.info("Bank holidays of {} for {} to {} from {}", division, holidays.firstYear(), holidays.lastYear(),
                file.getDescription());
        warnIfRunningOut(holidays, clock);
        return holidays;
    }

    @Bean
    WorkingDays workingDays(BankHolidays holidays, Clock clock) {
        return new WorkingDays(holidays, clock);
    }

    /** True (and a warning logged) when the holidays end before the end of next year. */
    static boolean warnIfRunningOut(BankHolidays holidays, Clock clock) {
        int nextYear = WorkingDays.today(clock).getYear() + 1;
        if (holidays.lastYear() >= nextYear) {
            return false;
        }
        log.warn("The bank holidays of {} are known only to the end of {}: after that, working days count only "
                + "weekends as days off. Point oneplan.working-days.bank-holidays at a newer copy of "
                + "https://www.gov.uk/bank-holidays.json", holidays.division(), holidays.lastYear());
        return true;
    }
}
