package org.stemma.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
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

    private final AtomicLong shuffleRead = new AtomicLong();
    private final AtomicLong shuffleWrite = new AtomicLong();
    private final AtomicLong peakTaskMemory = new AtomicLong();
    private final AtomicLong taskCpuNanos = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();
    private final HeapSampler heap = new HeapSampler();
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
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics t = end.taskMetrics();
        if (t == null) {
            return;
        }
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
