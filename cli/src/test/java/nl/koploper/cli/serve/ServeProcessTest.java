package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code koploper serve} as a real process: SIGTERM lets a request in flight finish, exit 0. */
class ServeProcessTest {
  @Test
  void sigtermLetsARequestInFlightFinishAndExitsZero() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "nl.koploper.cli.Main",
                "serve",
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      int port = -1;
      for (String line; port < 0 && (line = out.readLine()) != null; ) {
        lines.add(line);
        Matcher m = Pattern.compile("listening on http://localhost:(\\d+)/").matcher(line);
        if (m.find()) {
          port = Integer.parseInt(m.group(1));
        }
      }
      assertTrue(port > 0, String.join("\n", lines));
      byte[] facts = Files.readAllBytes(ServeApiTest.NL);
      int half = facts.length / 2;
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setSoTimeout(30_000);
        OutputStream o = s.getOutputStream();
        o.write(
            ("POST /v1/assess?format=json HTTP/1.1\r\nHost: localhost:"
                    + port
                    + "\r\nContent-Type: application/yaml\r\nContent-Length: "
                    + facts.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        o.write(facts, 0, half);
        o.flush();
        Thread.sleep(1000); // the handler is now reading the body: the request is in flight
        // SIGTERM, sent with kill: Process.destroy() would also close the output read below.
        assertEquals(
            0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
        Thread.sleep(1000);
        o.write(facts, half, facts.length - half);
        o.flush();
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"schema\": \"koploper/assessment/v1\""));
      }
      String rest = String.join("\n", out.lines().toList());
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped");
      assertEquals(0, p.exitValue(), rest);
      assertTrue(rest.contains("stopped after the requests in flight finished"), rest);
      int stopped = port;
      assertThrows(
          ConnectException.class,
          () -> new Socket(InetAddress.getLoopbackAddress(), stopped).close());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aNonLoopbackAddressWithoutATokenRefusesToStartWithExit2()
      throws IOException, InterruptedException {
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        nl.koploper.cli.Main.run(
            new String[] {"serve", "--host", "0.0.0.0"},
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("not a loopback address"), err.toString());
    assertTrue(err.toString().contains("--token-file"), err.toString());
  }
}
