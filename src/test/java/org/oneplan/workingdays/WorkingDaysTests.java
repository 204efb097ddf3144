package org.oneplan.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTests {

    static final BankHolidays ENGLAND_AND_WALES =
            BankHolidayFile.read(new ClassPathResource("workingdays/bank-holidays.json"), "england-and-wales");
    static final LocalDate START = LocalDate.of(2023, 6, 1);

    final WorkingDays days = new WorkingDays(ENGLAND_AND_WALES,
            Clock.fixed(Instant.parse("2026-03-19T09:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            2026-04-02, true
            2026-04-03, false
            2026-04-06, false
            2026-04-07, true
            2026-04-04, false
            2025-04-18, false
            2024-03-29, false
            2027-03-26, false
            2028-04-17, false
            2026-12-24, true
            2026-12-25, false
            2026-12-28, false
            2026-12-29, true
            2027-12-27, false
            2027-12-28, false
            2028-01-03, false
            2026-08-31, false
            2026-05-04, false
            """)
    void knowsWeekendsAndBankHolidays(LocalDate date, boolean working) {
        assertThat(days.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "after {0} up to {1}: {2} working days")
    @CsvSource(textBlock = """
            2026-03-14, 2026-03-19, 4
            2026-03-19, 2026-03-19, 0
            2026-04-01, 2026-04-08, 3
            2026-04-02, 2026-04-07, 1
            2026-12-21, 2027-01-04, 7
            2026-12-24, 2026-12-29, 1
            2027-12-24, 2027-12-29, 1
            2024-12-20, 2025-01-03, 7
            2026-03-20, 2026-03-14, -5
            """)
    void countsTheWorkingDaysAfterTheFirstDateUpToTheSecond(LocalDate from, LocalDate to, int expected) {
        assertThat(days.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource(textBlock = """
            2026-04-02, 1, 2026-04-07
            2026-04-02, 10, 2026-04-20
            2026-12-24, 1, 2026-12-29
            2027-12-24, 1, 2027-12-29
            2026-03-21, 0, 2026-03-21
            2026-03-21, 1, 2026-03-23
            2026-04-07, -1, 2026-04-02
            2026-03-19, 10, 2026-04-02
            """)
    void addsWorkingDaysSkippingWeekendsAndBankHolidays(LocalDate date, int add, LocalDate expected) {
        assertThat(days.addWorkingDays(date, add)).isEqualTo(expected);
    }

    @Test
    void countsFromTheClocksDayInTheUk() {
        assertThat(days.today()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(days.workingDaysSince(LocalDate.of(2026, 3, 14))).isEqualTo(4);
        assertThat(new WorkingDays(ENGLAND_AND_WALES, Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC))
                .today()).as("half past midnight in British Summer Time").isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void namesTheBankHoliday() {
        assertThat(days.bankHoliday(LocalDate.of(2026, 12, 28))).contains("Boxing Day");
        assertThat(days.bankHoliday(LocalDate.of(2026, 12, 29))).isEmpty();
        assertThat(days.knownUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void countingBackTheWorkingDaysAddedGivesTheSameNumber() {
        qt().forAll(integers().between(0, 3000), integers().between(0, 600))
                .checkAssert((offset, n) -> {
                    LocalDate date = START.plusDays(offset);
                    assertThat(days.workingDaysBetween(date, days.addWorkingDays(date, n))).isEqualTo(n);
                });
    }

    @Test
    void theQuickCountMatchesCountingDayByDay() {
        qt().forAll(integers().between(0, 3000), integers().between(0, 400))
                .checkAssert((offset, length) -> {
                    LocalDate from = START.plusDays(offset);
                    LocalDate to = from.plusDays(length);
                    int counted = (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(days::isWorkingDay).count();
                    assertThat(days.workingDaysBetween(from, to)).isEqualTo(counted);
                    assertThat(days.workingDaysBetween(to, from)).isEqualTo(-counted);
                });
    }
}
