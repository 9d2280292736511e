package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.validation.internal.engine.LotIndex;

class ReleaseContextSharedTest {
  private static ReleaseContext context() {
    return ReleaseContext.of(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
  }

  @Test
  void aSharedValueIsMadeOncePerKeyAndContext() {
    ReleaseContext c = context();
    Object a = new Object();
    Object b = new Object();
    AtomicInteger made = new AtomicInteger();
    List<Integer> first = c.shared(a, x -> {
      made.incrementAndGet();
      return new ArrayList<>(List.of(1));
    });
    assertThat(c.<List<Integer>>shared(a, x -> List.of(2))).isSameAs(first);
    assertThat(c.<List<Integer>>shared(b, x -> List.of(3))).containsExactly(3);
    for (int i = 0; i < 10; i++) { // more keys than the first table holds
      Object k = new Object();
      int n = i;
      assertThat(c.<Integer>shared(k, x -> n)).isEqualTo(n);
      assertThat(c.<Integer>shared(k, x -> -1)).isEqualTo(n);
    }
    assertThat(made).hasValue(1);
    assertThat(context().<List<Integer>>shared(a, x -> List.of(4))).containsExactly(4); // another check
  }

  @Test
  void threadsAskingAtOnceGetTheOneValue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 100; round++) {
        ReleaseContext c = context();
        Object key = new Object();
        AtomicInteger made = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> asks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          asks.add(pool.submit(() -> {
            go.await();
            return c.shared(key, x -> {
              made.incrementAndGet();
              return new Object();
            });
          }));
        }
        go.countDown();
        Object one = asks.get(0).get();
        for (Future<Object> f : asks) {
          assertThat(f.get()).isSameAs(one);
        }
        assertThat(made).hasValue(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLotIndexIsSharedOnTheThreadOfTheCheckOnly() throws Exception {
    ReleaseContext c = context();
    LotIndex index = LotIndex.of(c);
    assertThat(LotIndex.of(c)).isSameAs(index);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      LotIndex elsewhere = other.submit(() -> LotIndex.of(c)).get();
      assertThat(elsewhere).isNotSameAs(index);
    } finally {
      other.shutdownNow();
    }
    assertThat(LotIndex.of(context())).isNotSameAs(index);
  }
}
