package org.thbhub.observation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's COPY FROM STDIN through the driver's CopyManager. The driver is a separate
 * deployment whose classes this module cannot link against, so the few calls are made reflectively
 * on the unwrapped connection.
 */
final class PgCopy implements AutoCloseable {

    private final Object copyIn;
    private final Method write;
    private final Method end;
    private final Method cancel;
    private final Method isActive;

    private PgCopy(Object copyIn) throws ReflectiveOperationException {
        this.copyIn = copyIn;
        Class<?> api = publicInterface(copyIn.getClass(), "org.postgresql.copy.CopyIn");
        this.write = api.getMethod("writeToCopy", byte[].class, int.class, int.class);
        this.end = api.getMethod("endCopy");
        this.cancel = api.getMethod("cancelCopy");
        this.isActive = api.getMethod("isActive");
    }

    /** Starts {@code sql} (a COPY ... FROM STDIN) on the physical PostgreSQL connection. */
    static PgCopy start(Connection connection, String sql) throws SQLException {
        try {
            Object pg = physical(connection);
            Class<?> pgApi = publicInterface(pg.getClass(), "org.postgresql.PGConnection");
            Object manager = pgApi.getMethod("getCopyAPI").invoke(pg);
            Class<?> managerClass = manager.getClass();
            Object copyIn = managerClass.getMethod("copyIn", String.class).invoke(manager, sql);
            return new PgCopy(copyIn);
        } catch (InvocationTargetException e) {
            throw asSql(e);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("not a PostgreSQL connection with COPY support", e);
        }
    }

    /**
     * The driver's own connection under the pool's wrapper: IronJacamar (WildFly) exposes it as
     * {@code getUnderlyingConnection()}; other pools through {@code unwrap}.
     */
    private static Object physical(Connection connection) throws SQLException {
        try {
            Method underlying = connection.getClass().getMethod("getUnderlyingConnection");
            return underlying.invoke(connection);
        } catch (NoSuchMethodException notIronJacamar) {
            return connection.unwrap(Connection.class);
        } catch (InvocationTargetException e) {
            throw asSql(e);
        } catch (IllegalAccessException e) {
            throw new SQLException(e);
        }
    }

    void write(byte[] buffer, int length) throws SQLException {
        invoke(write, buffer, 0, length);
    }

    long end() throws SQLException {
        return (Long) invoke(end);
    }

    @Override
    public void close() throws SQLException {
        if ((Boolean) invoke(isActive)) {
            invoke(cancel);
        }
    }

    private Object invoke(Method method, Object... args) throws SQLException {
        try {
            return method.invoke(copyIn, args);
        } catch (InvocationTargetException e) {
            throw asSql(e);
        } catch (IllegalAccessException e) {
            throw new SQLException(e);
        }
    }

    private static SQLException asSql(InvocationTargetException e) {
        return e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
    }

    /** The driver's implementation classes are not public API; call through its interface. */
    private static Class<?> publicInterface(Class<?> type, String name)
            throws ClassNotFoundException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                Class<?> found = findInterface(i, name);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new ClassNotFoundException(name + " on " + type);
    }

    private static Class<?> findInterface(Class<?> type, String name) {
        if (type.getName().equals(name)) {
            return type;
        }
        for (Class<?> i : type.getInterfaces()) {
            Class<?> found = findInterface(i, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
