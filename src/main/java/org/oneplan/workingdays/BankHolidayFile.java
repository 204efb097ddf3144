package org.oneplan.workingdays;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file in the shape of GOV.UK's {@code https://www.gov.uk/bank-holidays.json}: an object keyed by
 * division, each with {@code events} of {@code title} and {@code date}. Anything unreadable stops the
 * application starting with the file named, rather than counting days wrongly.
 */
final class BankHolidayFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BankHolidayFile() {
    }

    static BankHolidays read(Resource file, String division) {
        try (InputStream in = file.getInputStream()) {
            JsonNode events = JSON.readTree(in).path(division).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("Bank holiday file " + file.getDescription()
                        + " has no events for the division '" + division + "'");
            }
            TreeMap<LocalDate, String> days = new TreeMap<>();
            for (JsonNode event : events) {
                days.put(LocalDate.parse(event.path("date").asString()), event.path("title").asString(""));
            }
            return new BankHolidays(division, days);
        } catch (IOException | JacksonException | DateTimeParseException e) {
            throw new IllegalStateException("Cannot read the bank holiday file " + file.getDescription()
                    + ": " + e.getMessage(), e);
        }
    }
}
