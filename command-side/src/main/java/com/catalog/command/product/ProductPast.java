package com.catalog.command.product;

import com.catalog.events.product.ProductImageAddedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.common.Priority;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * The product as it was at an earlier version, rebuilt by its own event-sourcing handlers (through Axon's model of
 * the aggregate, so there is no second copy of how an event changes the product).
 */
final class ProductPast {

    private static final AggregateModel<Product> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Product.class,
            MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Product.class),
                    new CommandHandlerServices()));

    private ProductPast() {
    }

    /**
     * Inspecting the aggregate resolves the parameters of its command handlers too, and their services
     * (SlugReservations, …) are Spring beans the classpath resolvers do not know: without this, the packaged app failed
     * every undo with a 500 (tests passed only because axon-test registers a resolver that accepts any parameter).
     * A replay calls event-sourcing handlers only, so these parameters are never resolved. Asked last, and never for
     * the first parameter (the payload, which Axon resolves itself when no factory does).
     */
    @Priority(Priority.LAST)
    private static final class CommandHandlerServices implements ParameterResolverFactory {

        @Override
        public ParameterResolver<Object> createInstance(Executable handler, Parameter[] parameters, int index) {
            return index == 0 ? null : new ParameterResolver<>() {
                @Override
                public Object resolveParameterValue(Message<?> message) {
                    throw new IllegalStateException("a replay calls no command handler, yet " + handler + " was called");
                }

                @Override
                public boolean matches(Message<?> message) {
                    return true;
                }
            };
        }
    }

    static Product replay(List<DomainEventMessage<?>> events) {
        Product past = new Product();
        events.forEach(event -> MODEL.publish(event, past));
        return past;
    }

    /** Image id → alt text: the aggregate keeps only URLs, and an image's alt text never changes once added. */
    static Map<String, String> altTexts(List<DomainEventMessage<?>> events) {
        Map<String, String> altTexts = new HashMap<>();
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof ProductImageAddedEvent added) {
                altTexts.put(added.imageId(), added.altText());
            }
        }
        return altTexts;
    }
}
