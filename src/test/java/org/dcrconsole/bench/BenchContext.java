package org.dcrconsole.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of every benchmark (the same properties, so Spring builds it once): the
 * demo generator's data at {@code BENCH_DAYS} × {@code BENCH_VOLUME} in {@code BENCH_JDBC_URL}
 * (default an H2 file under target/bench), the roll-up warmer off so the first read is timed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "dcr.demo.enabled=true",
        // BENCH_JDBC_URL may point at a PostgreSQL: demo data there is meant
        "dcr.demo.allow-server-database=true",
        "dcr.demo.days=${BENCH_DAYS:365}",
        "dcr.demo.volume=${BENCH_VOLUME:9.8}",
        // QUERY_CACHE_SIZE=0: H2 keeps a session's parsed statements and answers a repeated one from its
        // last result while the tables are unchanged, so both columns would time a cache hit; without
        // the cache the console and the replay both parse and run every statement (as a cold client would)
        "spring.datasource.url=${BENCH_JDBC_URL:jdbc:h2:file:./target/bench/dcr-${BENCH_DAYS:365}-${BENCH_VOLUME:9.8};QUERY_CACHE_SIZE=0}",
        "spring.datasource.username=${BENCH_JDBC_USER:sa}",
        "spring.datasource.password=${BENCH_JDBC_PASSWORD:}",
        "spring.datasource.hikari.maximum-pool-size=20",
        // the benchmark times the first read that rolls the year up itself
        "dcr.rollup.warm=false",
        "logging.level.org.dcrconsole=warn"})
public @interface BenchContext {
}
