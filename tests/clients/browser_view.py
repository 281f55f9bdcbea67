"""Drives the browser view of `stancegraph serve` in a real headless Chromium (Selenium with the
Debian chromedriver) and prints what it saw as JSON. Used by tests/serve.rs.

Usage: browser_view.py BASE_URL SCREENSHOT.png PROFILE_DIR
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def main():
    base, screenshot, profile = sys.argv[1:4]
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1440,1250",
        f"--user-data-dir={profile}",
    ]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    wait = WebDriverWait(driver, 20)
    seen = {}
    try:
        def ready(d):
            return d.execute_script("return document.body.dataset.ready === 'true'")

        driver.get(base + "/")
        wait.until(ready)
        seen["labels"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#node-list li")]
        seen["edges_all"] = int(driver.find_element(By.ID, "edge-count").text)
        seen["canvas_edges"] = driver.execute_script("return cy.edges().length")
        seen["canvas_nodes"] = driver.execute_script("return cy.nodes().map(n => n.data('label'))")

        # Clicking an edge (a tap on the canvas edge with the most articles) lists its statements.
        driver.execute_script(
            "const e = cy.edges().max(x => x.data('articles')).ele; e.select(); e.emit('tap');"
            "window.tappedArticles = e.data('articles');"
        )
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#statements .statement"))
        statements = driver.find_elements(By.CSS_SELECTOR, "#statements .statement")
        seen["edge_articles"] = driver.execute_script("return window.tappedArticles")
        seen["statements"] = len(statements)
        seen["quotes"] = [s.find_element(By.TAG_NAME, "blockquote").text for s in statements]
        seen["article_links"] = [
            s.find_element(By.TAG_NAME, "a").get_attribute("href") for s in statements
        ]
        driver.save_screenshot(screenshot)

        # The stance filter: choose "opposes" in the form; the visible edges change.
        driver.execute_script("document.body.dataset.ready = 'false'")
        Select(driver.find_element(By.ID, "f-stance")).select_by_value("opposes")
        wait.until(ready)
        seen["edges_opposes"] = int(driver.find_element(By.ID, "edge-count").text)
        seen["canvas_edges_opposes"] = driver.execute_script("return cy.edges().length")
        seen["stances_after_filter"] = sorted(
            {e.get_attribute("data-stance") for e in driver.find_elements(By.CSS_SELECTOR, "#edge-list li")}
        )
        seen["url_after_filter"] = driver.current_url

        # The SPARQL box runs a query and shows a table.
        box = driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys("SELECT ?s WHERE { ?s a sg:Statement } ORDER BY ?s LIMIT 5")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#q-table tbody tr"))
        seen["query_rows"] = len(driver.find_elements(By.CSS_SELECTOR, "#q-table tbody tr"))
        box.clear()
        box.send_keys("SELECT ?x WHERE { ?x ?y }")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#q-result .error"))
        seen["query_error"] = driver.find_element(By.CSS_SELECTOR, "#q-result .error").text

        # A filter in the page's URL applies on load.
        driver.get(base + "/?stance=opposes")
        wait.until(ready)
        seen["edges_from_url"] = int(driver.find_element(By.ID, "edge-count").text)
    finally:
        driver.quit()
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
