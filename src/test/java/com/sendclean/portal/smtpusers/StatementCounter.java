package com.sendclean.portal.smtpusers;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the portal's PostgreSQL round trips: every statement executed and every commit or rollback, with the thread
 * that made it, by wrapping the DataSource bean in a JDBC proxy (no test dependency needed).
 */
public class StatementCounter implements BeanPostProcessor {

    /** One round trip: the SQL (or COMMIT / ROLLBACK) and the thread that sent it. */
    public record RoundTrip(String sql, String thread) {}

    private final List<RoundTrip> trips = new CopyOnWriteArrayList<>();

    public void reset() {
        trips.clear();
    }

    public List<RoundTrip> trips(Predicate<RoundTrip> which) {
        return trips.stream().filter(which).toList();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            switch (method.getName()) {
                case "commit" -> record("COMMIT");
                case "rollback" -> record("ROLLBACK");
                default -> { }
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                String sql = (String) args[0];
                return statement(statement, sql);
            }
            if (result instanceof Statement statement) {
                return statement(statement, null);
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private <S extends Statement> S statement(S statement, String prepared) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (S) proxy((Class<S>) type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                record(prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            }
            return invoke(target, method, args);
        });
    }

    private void record(String sql) {
        trips.add(new RoundTrip(sql.strip().replaceAll("\\s+", " "), Thread.currentThread().getName()));
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
