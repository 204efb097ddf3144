package org.oneplan.bench;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Times one page: {@code bench.warmup} requests (5 unless set), then {@code bench.rounds} (50 unless set), printing
 * "BENCH {what} {label}: median …, p95 …, … SQL statements per page" (statements as Hibernate counts them).
 */
final class PageTimings {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 50);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

    private final String what;
    private final MockMvc mvc;
    private final Statistics stats;

    PageTimings(String what, MockMvc mvc, EntityManagerFactory entityManagerFactory) {
        this.what = what;
        this.mvc = mvc;
        this.stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    void measure(String label, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(request.get()).andExpect(status().isOk());
        }
        long[] nanos = new long[ROUNDS];
        stats.clear();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            mvc.perform(request.get()).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH %s %s: median %.2f ms, p95 %.2f ms, %.1f SQL statements per page%n", what, label,
                nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6,
                stats.getPrepareStatementCount() / (double) ROUNDS);
    }
}
