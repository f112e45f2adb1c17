package org.gongkai.disclosure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to PostgreSQL, as datasource-proxy
 * does: the application's {@link DataSource} (the engine's and ours, one pool) is
 * wrapped, and every statement executed, every batch and every commit on a thread that is
 * {@link #recording() recording} is noted with its SQL. Only the recording thread counts,
 * so the scheduled background work (audit chaining, the outbox) does not. A MockMvc
 * request runs on the test's thread, so it is counted whole: security, the controller,
 * the transaction and the answer.
 */
@TestComponent
public class StatementCount implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/**
	 * Starts recording this thread's statements; {@link Recording#close()} stops.
	 */
	public Recording recording() {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		return new Recording(statements);
	}

	/** The statements sent while recording, in order. */
	public static final class Recording implements AutoCloseable {

		private final List<String> statements;

		Recording(List<String> statements) {
			this.statements = statements;
		}

		/** The statements recorded so far, and forgets them. */
		public List<String> take() {
			List<String> taken = List.copyOf(this.statements);
			this.statements.clear();
			return taken;
		}

		@Override
		public void close() {
			RECORDING.remove();
		}

	}

	/**
	 * How many times each statement was sent, by its first 100 characters, for a failure
	 * message that says where they went.
	 */
	public static Map<String, Long> histogram(List<String> statements) {
		return statements.stream()
			.map(s -> s.replaceAll("\\s+", " ").trim())
			.map(s -> s.length() > 100 ? s.substring(0, 100) : s)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
	}

	private static void note(String what) {
		List<String> statements = RECORDING.get();
		if (statements != null) {
			statements.add(what);
		}
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionHandler(connection));
		}

	}

	private record ConnectionHandler(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (name.equals("commit")) {
				note("COMMIT");
			}
			else if (name.equals("rollback") && (args == null || args.length == 0)) {
				note("ROLLBACK");
			}
			Object result = call(this.target, method, args);
			if (result instanceof Statement statement && (name.equals("prepareStatement") || name.equals("prepareCall")
					|| name.equals("createStatement"))) {
				String sql = name.equals("createStatement") ? null : (String) args[0];
				Class<?> type = result instanceof CallableStatement ? CallableStatement.class
						: result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
				return Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] { type },
						new StatementHandler(statement, sql, new ArrayList<>()));
			}
			return result;
		}

	}

	private record StatementHandler(Statement target, String sql, List<String> batch) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("addBatch")) {
				this.batch.add(args != null && args.length == 1 ? (String) args[0] : this.sql);
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				this.batch.forEach(StatementCount::note);
				this.batch.clear();
			}
			else if (name.startsWith("execute")) {
				note(args != null && args.length > 0 && args[0] instanceof String given ? given : this.sql);
			}
			return call(this.target, method, args);
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
