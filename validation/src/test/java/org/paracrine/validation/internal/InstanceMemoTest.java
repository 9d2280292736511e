package org.paracrine.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-instance memo: identity keys, bounded size, computed once per instance. */
class InstanceMemoTest {

  @Test
  void aValueIsComputedOncePerInstance() {
    InstanceMemo<String> memo = new InstanceMemo<>(8);
    AtomicInteger calls = new AtomicInteger();
    StringBuilder key = new StringBuilder("a");
    assertThat(memo.get(key, k -> "v" + calls.incrementAndGet())).isEqualTo("v1");
    assertThat(memo.get(key, k -> "v" + calls.incrementAndGet())).isEqualTo("v1");
    assertThat(calls).hasValue(1);
  }

  @Test
  void equalButDistinctInstancesAreRememberedSeparately() {
    InstanceMemo<Integer> memo = new InstanceMemo<>(8);
    String a = new String("same");
    String b = new String("same");
    AtomicInteger calls = new AtomicInteger();
    memo.get(a, k -> calls.incrementAndGet());
    memo.get(b, k -> calls.incrementAndGet());
    assertThat(calls).hasValue(2);
    assertThat(memo.size()).isEqualTo(2);
  }

  @Test
  void theMemoNeverHoldsMoreThanItsCapacity() {
    InstanceMemo<Integer> memo = new InstanceMemo<>(3);
    Object[] keys = new Object[10];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new Object();
      int n = i;
      memo.get(keys[i], k -> n);
      assertThat(memo.size()).isLessThanOrEqualTo(3);
    }
    assertThat(memo.get(keys[9], k -> -1)).isEqualTo(9);
  }

  @Test
  void clearForgetsEverything() {
    InstanceMemo<Integer> memo = new InstanceMemo<>(3);
    Object key = new Object();
    memo.get(key, k -> 1);
    memo.clear();
    assertThat(memo.get(key, k -> 2)).isEqualTo(2);
  }

  @Test
  void aNullValueOrCapacityIsRefused() {
    assertThatThrownBy(() -> new InstanceMemo<>(0)).isInstanceOf(IllegalArgumentException.class);
    InstanceMemo<String> memo = new InstanceMemo<>(2);
    assertThatThrownBy(() -> memo.get(new Object(), k -> null)).isInstanceOf(NullPointerException.class);
  }
}
