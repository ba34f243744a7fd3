package nl.koploper.cli.serve;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import sun.misc.Signal;

/**
 * The service on Jetty 12: one connector on the configured address, a bounded thread pool, strict
 * HTTP/1.1 parsing (ambiguous framing is a 400, never a guess), idle connections closed, and a
 * graceful stop that lets requests in flight finish.
 */
public final class WebServer implements AutoCloseable {
  /** Threads that read requests and write answers; the rules run on {@link Service}'s pool. */
  static final int MAX_THREADS = 64;

  /**
   * Connections held open at once. Past it the server stops accepting until one closes: newcomers
   * wait in the kernel's accept queue (then are refused by it), and no one can hold an unbounded
   * number of sockets and their buffers. Idle ones close after the idle timeout.
   */
  static final int MAX_CONNECTIONS = 1000;

  private final Server server;
  private final ServerConnector connector;
  private final Service service;
  private final CountDownLatch stop = new CountDownLatch(1);

  private WebServer(Server server, ServerConnector connector, Service service) {
    this.server = server;
    this.connector = connector;
    this.service = service;
  }

  /** Starts listening; the port is known from {@link #port()} once this returns. */
  public static WebServer start(Service service, ServeConfig config) throws Exception {
    return start(service, config, MAX_CONNECTIONS);
  }

  static WebServer start(Service service, ServeConfig config, int maxConnections) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("koploper-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(16 * 1024);
    http.setHttpCompliance(HttpCompliance.RFC9110);
    // A client that sends its request slower than this is dropped rather than holding a thread.
    http.setMinRequestDataRate(1024);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host().getHostAddress());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());
    // While draining, a request still arriving gets the ordinary idle timeout, not Jetty's 1 s.
    connector.setShutdownIdleTimeout(config.idleTimeout().toMillis());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(maxConnections, connector));
    WebServer web = new WebServer(server, connector, service);
    Guard guard =
        new Guard(config.host().isLoopbackAddress(), config.token(), connector::getLocalPort);
    GracefulHandler graceful = new GracefulHandler(new ServiceHandler(service, guard));
    server.setHandler(graceful);
    server.setStopTimeout(config.drainTime().toMillis());
    server.setStopAtShutdown(false);
    server.start();
    return web;
  }

  public int port() {
    return connector.getLocalPort();
  }

  public URI uri() {
    String host = connector.getHost();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("127.0.0.1")) {
      shown = "localhost";
    }
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /**
   * Waits for SIGTERM or SIGINT, then stops taking connections and waits (up to the drain time) for
   * the requests in flight to be answered.
   */
  public void awaitSignalAndDrain() throws Exception {
    Signal.handle(new Signal("TERM"), s -> stop.countDown());
    Signal.handle(new Signal("INT"), s -> stop.countDown());
    stop.await();
    close();
  }

  /** Asks a running {@link #awaitSignalAndDrain()} to stop, as SIGTERM does. */
  void requestStop() {
    stop.countDown();
  }

  @Override
  public void close() throws Exception {
    if (server.isStarted()) {
      server.stop();
    }
    service.close();
  }
}
