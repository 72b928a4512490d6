package org.stemma.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Resource figures of one run, measured in the driver JVM: shuffle bytes and task CPU summed
 * over every finished task (a {@link SparkListener}), the largest {@code peakExecutionMemory}
 * of a task, the process CPU time, and the peak used heap of this JVM sampled every 100 ms. In
 * local mode the driver and the executor are this one JVM, so the sampled heap is the
 * executor's too; on a cluster it is the driver's only (use the Spark UI's executor figures).
 */
public final class JobMetrics extends SparkListener implements AutoCloseable {

    /** Local property naming the Stemma stage ({@link Stages}) whose jobs are running. */
    static final String STAGE_PROPERTY = "stemma.stage";

    private final AtomicLong shuffleRead = new AtomicLong();
    private final AtomicLong shuffleWrite = new AtomicLong();
    private final AtomicLong peakTaskMemory = new AtomicLong();
    private final AtomicLong taskCpuNanos = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();
    private final HeapSampler heap = new HeapSampler();
    /** Spark stage id to Stemma stage name, and task figures per Stemma stage, in first-seen order. */
    private final Map<Integer, String> stageNames = new ConcurrentHashMap<>();
    private final Map<String, StageTotals> perStage = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final long cpu0 = processCpuNanos();
    private final long t0 = System.nanoTime();

    private JobMetrics() {
    }

    /** Starts measuring: registers the listener with {@code spark} and starts heap sampling. */
    public static JobMetrics start(SparkSession spark) {
        JobMetrics m = new JobMetrics();
        spark.sparkContext().addSparkListener(m);
        m.heap.start();
        return m;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        String name = submitted.properties() == null ? null : submitted.properties().getProperty(STAGE_PROPERTY);
        stageNames.put(submitted.stageInfo().stageId(), name == null ? "other" : name);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics t = end.taskMetrics();
        if (t == null) {
            return;
        }
        perStage.computeIfAbsent(stageNames.getOrDefault(end.stageId(), "other"), k -> new StageTotals())
                .add(t);
        tasks.incrementAndGet();
        shuffleRead.addAndGet(t.shuffleReadMetrics().totalBytesRead());
        shuffleWrite.addAndGet(t.shuffleWriteMetrics().bytesWritten());
        peakTaskMemory.accumulateAndGet(t.peakExecutionMemory(), Math::max);
        taskCpuNanos.addAndGet(t.executorCpuTime());
    }

    /** The figures so far. */
    public Snapshot snapshot() {
        return new Snapshot((System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9,
                taskCpuNanos.get() / 1e9, tasks.get(), shuffleRead.get(), shuffleWrite.get(),
                peakTaskMemory.get(), heap.peak(), loadAverage());
    }

    /**
     * One line per Stemma stage: its tasks, their summed CPU, run time and JVM GC time (GC time
     * is counted by every task running during a collection, so concurrent tasks count it twice),
     * their shuffle bytes, and what their joins, sorts and aggregations spilled for want of
     * execution memory (in memory before serialisation, and on disk).
     */
    public List<String> stageLines() {
        List<String> out = new ArrayList<>();
        synchronized (perStage) {
            perStage.forEach((name, s) -> out.add(String.format(Locale.ROOT,
                    "%-16s %6d tasks, task CPU %7.1f s, task run %7.1f s, GC in tasks %6.1f s, shuffle read %s, write %s, "
                            + "spilled %s (memory), %s (disk)",
                    name, s.tasks, s.cpuNanos / 1e9, s.runMillis / 1e3, s.gcMillis / 1e3,
                    Summary.bytes(s.shuffleRead), Summary.bytes(s.shuffleWrite), Summary.bytes(s.memorySpilled),
                    Summary.bytes(s.diskSpilled))));
        }
        return out;
    }

    @Override
    public void close() {
        heap.interrupt();
    }

    /**
     * Measured figures.
     *
     * @param wallSeconds     elapsed time since {@link #start}
     * @param cpuSeconds      CPU time of this whole JVM (all threads, GC and JIT included)
     * @param taskCpuSeconds  executor CPU time summed over finished tasks
     * @param tasks           finished tasks
     * @param shuffleRead     shuffle bytes read (local and remote), summed over tasks
     * @param shuffleWrite    shuffle bytes written, summed over tasks
     * @param peakTaskMemory  largest {@code peakExecutionMemory} of one task (Spark-managed
     *                        memory of joins, sorts and aggregations; not the JVM heap)
     * @param peakHeap        peak used heap of this JVM, sampled every 100 ms
     * @param loadAverage     the system's one-minute load average at the snapshot (-1 if unknown)
     */
    public record Snapshot(double wallSeconds, double cpuSeconds, double taskCpuSeconds, long tasks,
                           long shuffleRead, long shuffleWrite, long peakTaskMemory, long peakHeap,
                           double loadAverage) {
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Collection time of this JVM so far, summed over its collectors. */
    static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** Task figures summed over one Stemma stage. */
    private static final class StageTotals {
        long tasks;
        long cpuNanos;
        long runMillis;
        long gcMillis;
        long shuffleRead;
        long shuffleWrite;
        long memorySpilled;
        long diskSpilled;

        synchronized void add(TaskMetrics t) {
            tasks++;
            cpuNanos += t.executorCpuTime();
            runMillis += t.executorRunTime();
            gcMillis += t.jvmGCTime();
            shuffleRead += t.shuffleReadMetrics().totalBytesRead();
            shuffleWrite += t.shuffleWriteMetrics().bytesWritten();
            memorySpilled += t.memoryBytesSpilled();
            diskSpilled += t.diskBytesSpilled();
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Samples the used heap of this JVM every 100 ms and keeps the largest value. */
    static final class HeapSampler extends Thread {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            super("stemma-heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void sample() {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() {
            sample();
            return peak.get();
        }
    }
}
