package org.attune.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A browser journey: a test that runs once, or {@code -Djourneys.repeat=N} times in a row on the same server, to
 * show that its waits hold on a busy machine (a flaky wait fails one run in many, so one green run proves little):
 * {@code mvn verify -Dit.test=JourneysIT -Djourneys.repeat=20}. Tagged {@value #TAG}: what a browser shows does not
 * depend on the database, so CI's PostgreSQL pass leaves these out and runs only the {@link SmokeJourney}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Journey.Repetitions.class)
@Tag(Journey.TAG)
@interface Journey {

    String TAG = "browser";

    final class Repetitions implements TestTemplateInvocationContextProvider {

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            int times = Math.max(1, Integer.getInteger("journeys.repeat", 1));
            return IntStream.rangeClosed(1, times).mapToObj(run -> new TestTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return times == 1 ? "once" : "run " + run + " of " + times;
                }
            });
        }
    }
}
