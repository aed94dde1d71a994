/**
 * Consignment benchmarks: {@link org.tradescreen.bench.consign.ConsignmentGenerator} writes seeded manifests for
 * the speed benchmark, {@link org.tradescreen.bench.consign.PolicyBenchmark} times the default policy alone, and
 * {@link org.tradescreen.bench.consign.ExampleEnvironment} holds the lists the example manifests are decided against.
 */
@NullMarked
package org.tradescreen.bench.consign;

import org.jspecify.annotations.NullMarked;
