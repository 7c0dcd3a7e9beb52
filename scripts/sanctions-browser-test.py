#!/usr/bin/env python3
"""Drives the sanctions planner page in Debian's headless Chromium through Selenium, as an analyst would.

Run by Tests/ServerTests/SanctionsBrowserTests.swift against a node it started. Checks that the page
loads with no console errors and shows the data year's caveat; that assessing Japan + EU against
China draws bars and shows China's loss as the API computes it; and that the compare view shows one
bar group and one table row per coalition. Exits non-zero on failure.
"""
import argparse
import json
import sys
import time
import urllib.parse
import urllib.request

import headless_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def post(url, body, token):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def bars(driver, canvas):
    """Number of bars Chart.js drew on `canvas`, over all datasets."""
    return driver.execute_script(
        "const c = Chart.getChart(document.getElementById(arguments[0]));"
        "return c ? c.data.datasets.reduce((n, d, i) => n + c.getDatasetMeta(i).data.length, 0) : 0;", canvas)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True, help="the node's base URL")
    p.add_argument("--screenshot", help="PNG of the assessment")
    p.add_argument("--compare-screenshot", help="PNG of the compare view")
    p.add_argument("--user", required=True, help="a user of the node, signed in through the sign-in page")
    p.add_argument("--password", required=True)
    p.add_argument("--token", required=True, help="an API token, for asking the API what the page must show")
    args = p.parse_args()
    base = args.url.rstrip("/")

    driver = headless_chromium.start(1400, 1500)
    failures = []

    def steps():
        wait = WebDriverWait(driver, 60)
        driver.get(base + "/sanctions.html")
        headless_chromium.sign_in(driver, wait, args.user, args.password)
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready") in ("true", "error"))
        if driver.execute_script("return document.body.dataset.ready") != "true":
            raise RuntimeError("the page did not start: " + driver.find_element(By.ID, "error").text)
        caveat = driver.find_element(By.ID, "caveat").text
        if "not today's" not in caveat or "2011" not in caveat:
            failures.append(f"the caveat does not say the 2011 structure is not today's: {caveat!r}")
        print(f"browser: planner loaded; caveat {caveat[:60]!r}…")

        coalition = driver.find_element(By.ID, "coalition")
        coalition.clear()
        coalition.send_keys("JPN,EU")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.execute_script("return document.body.dataset.result") == "assess")
        expected = post(base + "/api/v1/sanctions/assess", {"coalition": "JPN,EU", "target": "CHN"}, args.token)
        china = next(c for c in expected["countries"] if c["country"] == "CHN")
        shown = float(driver.find_element(By.ID, "target-cost").get_attribute("data-percent"))
        text = driver.find_element(By.ID, "target-cost").text
        if abs(shown - china["valueAddedChangePercent"]) > 1e-9 or "CHN" not in text or "−" not in text:
            failures.append(f"CHN's loss shown as {text!r} ({shown}), the API says {china['valueAddedChangePercent']}")
        impact, burden = bars(driver, "impact-chart"), bars(driver, "burden-chart")
        members = len(expected["scenario"]["coalition"]["members"])
        if impact < members + 1:
            failures.append(f"{impact} bars in the impact chart, want at least {members + 1}")
        if burden < 2:
            failures.append(f"{burden} bars in the burden chart")
        rows = len(driver.find_elements(By.CSS_SELECTOR, "#exposure tbody tr"))
        if rows == 0:
            failures.append("no exposed industries listed")
        print(f"browser: Japan + EU vs CHN: {text}; {impact} + {burden} bars; {rows} exposed industries")
        time.sleep(0.3)
        if args.screenshot:
            driver.save_screenshot(args.screenshot)

        # the result saved as a labelled assessment, then readable through the records API
        driver.find_element(By.ID, "save").click()
        driver.find_element(By.ID, "save-to").send_keys("GBR")
        driver.find_element(By.ID, "save-confirm").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#save-result a"))
        link = driver.find_element(By.CSS_SELECTOR, "#save-result a").get_attribute("href")
        record_id = urllib.parse.unquote(link.split("#record=")[1])
        request = urllib.request.Request(f"{base}/api/v1/records/{record_id}",
                                         headers={"Authorization": f"Bearer {args.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            saved = json.loads(response.read())
        if saved["kind"] != "assessment" or saved["labels"]["tlp"] != "AMBER" \
                or saved["labels"]["releasableTo"] != ["GBR"] or "CHN" not in saved["title"]:
            failures.append(f"the saved record is not the labelled assessment: {saved}")
        print(f"browser: saved as record {saved['title']!r}, {saved['labels']['tlp']} to {saved['labels']['releasableTo']}")

        driver.find_element(By.ID, "compare-run").click()
        wait.until(lambda d: d.execute_script("return document.body.dataset.result") == "compare")
        coalitions = [line for line in driver.find_element(By.ID, "compare-list").get_attribute("value").split("\n")
                      if line.strip()]
        rows = driver.find_elements(By.CSS_SELECTOR, "#compare-table tbody tr")
        groups = bars(driver, "compare-chart")
        if len(coalitions) < 3 or len(rows) != len(coalitions) or groups != 2 * len(coalitions):
            failures.append(f"compare view: {len(rows)} rows and {groups} bars for {len(coalitions)} coalitions")
        print(f"browser: compare view shows {len(rows)} coalitions, {groups} bars")
        time.sleep(0.3)
        if args.compare_screenshot:
            driver.save_screenshot(args.compare_screenshot)
        failures.extend([f"console error: {m}" for m in headless_chromium.console_errors(driver)])

    return headless_chromium.drive(driver, failures, steps, args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
