package org.dcrconsole.bench;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the console's data source and records every statement the application sends (SQL and
 * bound parameters), so the benchmark can count them and then replay exactly the same
 * statements through plain JDBC, and ask the database for their plans.
 */
final class CapturingDataSource implements BeanPostProcessor {

    /** One statement as the application sent it. */
    record Statement(String sql, List<ParameterSetOperation> parameters) {
    }

    private static final ThreadLocal<List<Statement>> CAPTURE = new ThreadLocal<>();
    static volatile DataSource raw;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
            raw = ds;
            return ProxyDataSourceBuilder.create(ds).name("bench").listener(new QueryExecutionListener() {
                @Override
                public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                }

                @Override
                public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                    List<Statement> sink = CAPTURE.get();
                    if (sink != null) {
                        for (QueryInfo q : queryInfoList) {
                            List<ParameterSetOperation> params = q.getParametersList().isEmpty() ? List.of()
                                    : List.copyOf(q.getParametersList().getFirst());
                            sink.add(new Statement(q.getQuery(), params));
                        }
                    }
                }
            }).build();
        }
        return bean;
    }

    /** Runs the work and returns the statements it sent on this thread. */
    static List<Statement> capture(Runnable work) {
        List<Statement> sink = new ArrayList<>();
        CAPTURE.set(sink);
        try {
            work.run();
        } finally {
            CAPTURE.remove();
        }
        return sink;
    }

    /** Runs the statements through plain JDBC on the unwrapped data source, reading every row. */
    static long replay(List<Statement> statements) {
        long rows = 0;
        try (Connection c = raw.getConnection()) {
            for (Statement s : statements) {
                try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                    bind(ps, s.parameters());
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int i = 1; i <= columns; i++) {
                                    rs.getObject(i);
                                }
                                rows++;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The database's plan for one recorded statement, with its parameters bound. */
    static String explain(Statement s) {
        try (Connection c = raw.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + s.sql())) {
            bind(ps, s.parameters());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, List<ParameterSetOperation> params) {
        for (ParameterSetOperation op : params) {
            try {
                op.getMethod().invoke(ps, op.getArgs());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
