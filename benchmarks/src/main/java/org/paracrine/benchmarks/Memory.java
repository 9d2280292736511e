package org.paracrine.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Process and heap memory figures for the runnable programs (Linux {@code /proc/self/status} for RSS). */
final class Memory {
  private Memory() {}

  /**
   * Returns a field of {@code /proc/self/status} in kB, such as {@code VmHWM} (peak resident set size).
   *
   * @param field the field name
   * @return the value in kB, or -1 where {@code /proc} is not available
   */
  static long procStatusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Returns the sum over heap memory pools of their peak usage: an upper bound of the most heap ever in use.
   *
   * @return bytes
   */
  static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * Returns the heap used after the last collection of each pool, summed: the live data the program retained.
   *
   * @return bytes, or -1 if no pool reports it
   */
  static long heapUsedAfterLastGcBytes() {
    long sum = -1;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        sum = Math.max(sum, 0) + pool.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }
}
