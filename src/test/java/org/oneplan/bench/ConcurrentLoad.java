package org.oneplan.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one operation from several threads at once, each a fixed number of times after a warm-up, and prints a
 * {@code BENCH} line: operations per second, median and 95th percentile, and what was waiting meanwhile (sampled
 * every 10 ms): sessions waiting on a database lock, threads waiting for a pooled connection, and how busy the
 * JVM and the whole machine were.
 */
final class ConcurrentLoad {

    interface Operation {
        void run(int thread, int round) throws Exception;
    }

    private final HikariDataSource pool;
    private final String lockWaiters;

    ConcurrentLoad(HikariDataSource pool, String databaseProduct) {
        this.pool = pool;
        this.lockWaiters = databaseProduct.startsWith("PostgreSQL")
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
    }

    /** Runs the operation and returns how many times it failed (warm-up included). */
    int run(String what, int threads, int warmUp, int rounds, Operation operation) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inAuditTrail = new AtomicInteger();
        CyclicBarrier warm = new CyclicBarrier(threads + 1);
        long[][] nanos = new long[threads][rounds];
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(executor.submit(() -> {
                for (int i = 0; i < warmUp; i++) {
                    attempt(operation, thread, i, errors, inAuditTrail);
                }
                warm.await();
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    attempt(operation, thread, warmUp + i, errors, inAuditTrail);
                    nanos[thread][i] = System.nanoTime() - start;
                }
                return null;
            }));
        }
        warm.await(10, TimeUnit.MINUTES);
        long[] machineBefore = machineTicks();
        long cpuBefore = processCpuNanos();
        long begin = System.nanoTime();
        Sampler sampler = new Sampler();
        sampler.start();
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wall = System.nanoTime() - begin;
        sampler.finish();
        executor.shutdown();
        long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] machineAfter = machineTicks();
        System.out.printf("BENCH audit %s, %d thread%s: %.0f per second, median %.2f ms, p95 %.2f ms, errors %d (%d in AuditTrail); "
                        + "waiting on a lock %.2f (max %d), for a pooled connection %.2f (max %d); "
                        + "JVM %.2f cores, machine %s busy%n",
                what, threads, threads == 1 ? "" : "s", all.length / (wall / 1e9), all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.95)] / 1e6, errors.get(), inAuditTrail.get(), sampler.meanLockWaiters(), sampler.maxLockWaiters,
                sampler.meanPoolWaiters(), sampler.maxPoolWaiters, (processCpuNanos() - cpuBefore) / (double) wall,
                busy(machineBefore, machineAfter));
        return errors.get();
    }

    private static void attempt(Operation operation, int thread, int round, AtomicInteger errors,
                                AtomicInteger inAuditTrail) {
        try {
            operation.run(thread, round);
        } catch (Exception | AssertionError e) {
            Throwable cause = e;
            boolean audit = false;
            while (true) {
                audit |= Arrays.stream(cause.getStackTrace()).anyMatch(f -> f.getClassName().contains("JpaAuditTrail"));
                if (cause.getCause() == null || cause.getCause() == cause) {
                    break;
                }
                cause = cause.getCause();
            }
            if (audit) {
                inAuditTrail.incrementAndGet();
            }
            if (errors.getAndIncrement() < 3) {
                System.out.println("BENCH audit error" + (audit ? " in AuditTrail: " : ": ") + cause);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Busy and total ticks of all cores from /proc/stat, or null where there is none. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]), total};
        } catch (Exception e) {
            return null;
        }
    }

    private static String busy(long[] before, long[] after) {
        return before == null || after == null ? "n/a"
                : String.format("%.0f%%", 100.0 * (after[0] - before[0]) / Math.max(1, after[1] - before[1]));
    }

    /** Samples the waiters every 10 ms on a connection of its own, outside the pool. */
    private final class Sampler extends Thread {
        private volatile boolean running = true;
        private long samples;
        private long lockWaiterSum;
        private long poolWaiterSum;
        private int maxLockWaiters;
        private int maxPoolWaiters;

        @Override
        public void run() {
            try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                    pool.getPassword()); Statement statement = connection.createStatement()) {
                while (running) {
                    int locks;
                    try (ResultSet rows = statement.executeQuery(lockWaiters)) {
                        rows.next();
                        locks = rows.getInt(1);
                    }
                    int poolWaiters = pool.getHikariPoolMXBean().getThreadsAwaitingConnection();
                    samples++;
                    lockWaiterSum += locks;
                    poolWaiterSum += poolWaiters;
                    maxLockWaiters = Math.max(maxLockWaiters, locks);
                    maxPoolWaiters = Math.max(maxPoolWaiters, poolWaiters);
                    Thread.sleep(10);
                }
            } catch (Exception e) {
                System.out.println("BENCH audit sampler stopped: " + e);
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }

        double meanLockWaiters() {
            return samples == 0 ? 0 : lockWaiterSum / (double) samples;
        }

        double meanPoolWaiters() {
            return samples == 0 ? 0 : poolWaiterSum / (double) samples;
        }
    }
}
