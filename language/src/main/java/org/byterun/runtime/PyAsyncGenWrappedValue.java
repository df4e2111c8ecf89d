package org.byterun.runtime;

/**
 * CALL_INTRINSIC_1 ASYNC_GEN_WRAP: a value an async generator yields with {@code yield}, told apart
 * from what its {@code await}s pass up to the event loop. Never seen by Python code.
 */
public record PyAsyncGenWrappedValue(Object value) {
}
