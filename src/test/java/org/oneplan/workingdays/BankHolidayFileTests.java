package org.oneplan.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;

@ExtendWith(OutputCaptureExtension.class)
class BankHolidayFileTests {

    @Test
    void shippedFileHasEightBankHolidaysEachYearFrom2024To2028() {
        BankHolidays holidays = WorkingDaysTests.ENGLAND_AND_WALES;
        assertThat(holidays.firstYear()).isEqualTo(2024);
        assertThat(holidays.lastYear()).isEqualTo(2028);
        for (int year = 2024; year <= 2028; year++) {
            int y = year;
            assertThat(holidays.days().keySet().stream().filter(d -> d.getYear() == y)).as("%s", y).hasSize(8);
        }
        assertThat(holidays.days()).allSatisfy((date, title) -> assertThat(date.getDayOfWeek().getValue()).isLessThan(6));
    }

    @Test
    void readsAnAdministratorsFileOfTheSameShape() {
        BankHolidays holidays = BankHolidayFile.read(file("""
                {"scotland": {"division": "scotland", "events": [
                  {"title": "St Andrew’s Day", "date": "2027-11-30", "notes": "", "bunting": true}]}}
                """), "scotland");
        WorkingDays days = new WorkingDays(holidays, Clock.systemUTC());
        assertThat(days.isWorkingDay(LocalDate.of(2027, 11, 30))).isFalse();
        assertThat(days.bankHoliday(LocalDate.of(2027, 11, 30))).contains("St Andrew’s Day");
    }

    @Test
    void refusesAFileWithoutTheDivisionOrWithABadDate() {
        assertThatThrownBy(() -> BankHolidayFile.read(file("{\"scotland\": {\"events\": []}}"), "england-and-wales"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("england-and-wales");
        assertThatThrownBy(() -> BankHolidayFile.read(file("""
                {"england-and-wales": {"events": [{"title": "x", "date": "2027-02-30"}]}}"""), "england-and-wales"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2027-02-30");
        assertThatThrownBy(() -> BankHolidayFile.read(file("not json"), "england-and-wales"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void warnsWhenTheHolidaysEndBeforeTheEndOfNextYear(CapturedOutput output) {
        BankHolidays holidays = WorkingDaysTests.ENGLAND_AND_WALES;
        assertThat(WorkingDaysConfiguration.warnIfRunningOut(holidays, at("2027-12-31T12:00:00Z"))).isFalse();
        assertThat(WorkingDaysConfiguration.warnIfRunningOut(holidays, at("2028-01-01T12:00:00Z"))).isTrue();
        assertThat(output).contains("known only to the end of 2028");
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static ByteArrayResource file(String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "test bank holidays");
    }
}
