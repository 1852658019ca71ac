package org.dcrconsole.bench;

import java.util.concurrent.Callable;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Wraps the data source so a benchmark can count the statements one piece of work issues. */
final class StatementCounter implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(ds).name("bench").countQuery().build();
        }
        return bean;
    }

    /** The number of statements the work sent to the database on this thread. */
    static long count(Callable<?> work) {
        QueryCountHolder.clear();
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
