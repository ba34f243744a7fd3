package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person uses the web form in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, through WebDriver): fills in facts in Dutch, submits, reads the report, follows
 * an explain link, and downloads the facts, which validate and give the same assessment. Skipped
 * with a notice where Chromium is absent, unless {@code KOPLOPER_REQUIRE_BROWSER=1}.
 */
class ServeBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      String why =
          "ServeBrowserTest skipped: "
              + CHROMIUM
              + " or "
              + DRIVER
              + " is absent (apt-get install chromium chromium-driver;"
              + " mandatory with KOPLOPER_REQUIRE_BROWSER=1)";
      System.out.println(why);
      assertFalse("1".equals(System.getenv("KOPLOPER_REQUIRE_BROWSER")), why);
    }
    assumeTrue(present);
  }

  @Test
  void aPersonFillsInFactsInDutchReadsTheReportFollowsAnExplainLinkAndDownloadsTheFacts(
      @TempDir Path downloads) throws Exception {
    requireBrowser();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--window-size=412,915");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    try (Served served = Served.start()) {
      WebDriver browser = new ChromeDriver(driverService, options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(served.uri("/?lang=nl").toString());
        assertEquals("Beoordeel uw regio", browser.findElement(By.tagName("h1")).getText());
        type(browser, "region.code", "ZH");
        type(browser, "region.name", "Zuid-Holland");
        type(browser, "region.population", "3800000");
        choose(browser, "earlyFunding.earlyRndSubsidies", "SCARCE");
        // The note of an estimate shows only once the box is ticked (style, no script); by
        // keyboard.
        WebElement note = browser.findElement(By.id("n-earlyFunding.earlyRndSubsidies"));
        assertFalse(note.isDisplayed(), "the note is hidden until the value is an estimate");
        browser.findElement(By.id("e-earlyFunding.earlyRndSubsidies")).sendKeys(" ");
        assertTrue(note.isDisplayed(), "ticking the box shows the note");
        note.sendKeys("het rapport noemt ze schaars");
        choose(browser, "valorisation.ttoFunding", "PROJECT_BASED");
        choose(browser, "ecosystem.emaHosted", "true");
        new Select(browser.findElement(By.id("benchmark"))).selectByValue("BE-VLG");
        // Keyboard use: the submit button is reachable and pressed with Enter.
        browser.findElement(By.cssSelector("button[type=submit]")).sendKeys("\n");
        try {
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("next-steps")));
        } catch (org.openqa.selenium.TimeoutException e) {
          throw new AssertionError(
              "no report at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
        String report = browser.findElement(By.tagName("main")).getText();
        assertTrue(report.contains("Zuid-Holland"), report);
        assertTrue(report.contains("Aanbevelingen"), report);
        assertTrue(report.contains("L3.EARLY_RND_SUBSIDIES"), report);
        assertTrue(report.contains("schaars (schatting)"), report);
        String reportUrl = browser.getCurrentUrl();

        List<WebElement> explain = browser.findElements(By.cssSelector("a.explain"));
        assertFalse(explain.isEmpty());
        String code = explain.get(0).getText().replace("Verklaar ", "");
        explain.get(0).click();
        wait.until(ExpectedConditions.titleContains("Koploper-uitleg"));
        String explanation = browser.findElement(By.tagName("h1")).getText();
        assertTrue(explanation.contains("Koploper-uitleg: " + code), explanation);
        // A way out is a link to its what-if, which is a page too; Back returns to the explanation.
        browser.findElement(By.cssSelector("ol.ways a[href^='/what-if']")).click();
        wait.until(ExpectedConditions.titleContains("Koploper wat-als"));
        String difference = browser.findElement(By.tagName("main")).getText();
        assertTrue(difference.contains("Wijzigingen"), difference);
        browser.navigate().back();
        wait.until(ExpectedConditions.titleContains("Koploper-uitleg"));
        browser.findElement(By.id("back-to-report")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download")));
        assertEquals(reportUrl, browser.getCurrentUrl());

        browser.findElement(By.id("download")).click();
        Path file = downloads.resolve("facts.yaml");
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < until) {
          Thread.sleep(200);
        }
        assertTrue(
            Files.isRegularFile(file),
            "the download arrived: " + List.of(new File(downloads.toString()).list()));
        byte[] facts = Files.readAllBytes(file);
        nl.koploper.facts.Facts loaded = FactsLoader.load(facts, "facts.yaml");
        assertEquals("Zuid-Holland", loaded.region().name());
        assertEquals(
            Map.of("earlyFunding.earlyRndSubsidies", "het rapport noemt ze schaars"),
            loaded.estimates());
        HttpResponse<String> again =
            served.post(
                "/v1/assess?format=json&benchmark=BE-VLG&lang=nl", "application/yaml", facts);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"code\": \"" + code + "\""), again.body());
      } finally {
        browser.quit();
      }
    }
  }

  private static void type(WebDriver browser, String path, String text) {
    WebElement input = browser.findElement(By.id("f-" + path));
    input.clear();
    input.sendKeys(text);
  }

  private static void choose(WebDriver browser, String path, String value) {
    new Select(browser.findElement(By.id("f-" + path))).selectByValue(value);
  }
}
