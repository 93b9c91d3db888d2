package org.hotline2110.platform.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotline2110.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;

class LiveStreamLimitsTest {

    private final LiveStreamLimits limits = new LiveStreamLimits(2, 3);
    private final BroadcastProcessor<String> events = BroadcastProcessor.create();

    @Test
    void aCallerPastTheCapIsRefusedUntilOneOfTheirStreamsCloses() {
        AssertSubscriber<String> first = limits.open("supervisor/张三", events).subscribe()
                .withSubscriber(AssertSubscriber.create(10));
        limits.open("supervisor/张三", events).subscribe().withSubscriber(AssertSubscriber.create(10));

        assertThatThrownBy(() -> limits.open("supervisor/张三", events))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(429);
                    assertThat(refused.retryAfter()).isPresent();
                });
        limits.open("supervisor/李四", events).subscribe().withSubscriber(AssertSubscriber.create(10));

        first.cancel();
        assertThat(limits.openBy("supervisor/张三")).isEqualTo(1);
        limits.open("supervisor/张三", events).subscribe().withSubscriber(AssertSubscriber.create(10));
        assertThat(limits.openBy("supervisor/张三")).isEqualTo(2);
    }

    @Test
    void aReaderAWholeBufferBehindIsDroppedAndItsPlaceFreed() {
        AssertSubscriber<String> slow = limits.open("dispatcher/王五", events).subscribe()
                .withSubscriber(AssertSubscriber.create(1));
        AssertSubscriber<String> keepingUp = limits.open("dispatcher/赵六", events).subscribe()
                .withSubscriber(AssertSubscriber.create(100));

        for (int i = 1; i <= 5; i++) {
            events.onNext("change " + i);
        }

        // one delivered, three buffered, the fifth overflows the buffer of three
        slow.assertFailedWith(BackPressureFailure.class);
        assertThat(slow.getItems()).containsExactly("change 1");
        assertThat(limits.openBy("dispatcher/王五")).isZero();
        keepingUp.assertNotTerminated();
        assertThat(keepingUp.getItems()).hasSize(5);
    }
}
