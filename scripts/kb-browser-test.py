#!/usr/bin/env python3
"""Drives the knowledge-base pages (Web/kb.html) in Debian's headless Chromium through Selenium.

Run by Tests/ServerTests/KnowledgeBrowserTests.swift against a node it started with Data/knowledge.
Signs in, then checks that the main page links to the pages; that the network of 2025-06-01 draws its actors and
ties; that moving the date slider to January 2013 changes the network (no Indo-Pacific Four, no
NATO-Japan partnership programme yet); that clicking Japan opens its page with a dated, sourced
timeline; that the indicators page draws a chart with one point per observation; and that no page
logs a console error. Saves a screenshot of each page. Exits non-zero on failure.
"""
import argparse
import os
import sys

import headless_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SLIDER_TO = "const s = document.getElementById('kb-date'); s.value = String(arguments[0]); " \
            "s.dispatchEvent(new Event('input', {bubbles: true}));"


def month_index(date):
    """The slider's value for a day: months since January 1946 (Web/js/kb-app.js)."""
    return (int(date[:4]) - 1946) * 12 + int(date[5:7]) - 1


def network_ids(driver):
    return set(driver.execute_script(
        "return [...document.querySelectorAll('#network g.kb-node')].map(g => g.dataset.id)"))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True, help="the node's base URL")
    p.add_argument("--screenshots", required=True, help="folder for network.png, actor.png, indicators.png")
    p.add_argument("--user", required=True, help="a user of the node, signed in through the sign-in page")
    p.add_argument("--password", required=True)
    args = p.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)
    shot = lambda name: driver.save_screenshot(os.path.join(args.screenshots, name))

    driver = headless_chromium.start()
    failures = []

    def steps():
        wait = WebDriverWait(driver, 30)
        ready = lambda d: d.execute_script("return document.body.dataset.ready === 'true'")

        driver.get(args.url)
        headless_chromium.sign_in(driver, wait, args.user, args.password)
        link = wait.until(lambda d: d.find_element(By.ID, "kb-link"))
        link.click()
        wait.until(lambda d: d.current_url.split("#")[0].endswith("/kb.html") and ready(d))
        print("kb-browser: the main page links to the knowledge base")

        driver.get(args.url.rstrip("/") + "/kb.html#network/2025-06-01")
        wait.until(ready)
        wait.until(lambda d: d.find_element(By.ID, "network").get_attribute("data-settled") == "2025-06-01")
        ids_2025 = network_ids(driver)
        links_2025 = int(driver.find_element(By.ID, "network").get_attribute("data-links"))
        drawn = len(driver.find_elements(By.CSS_SELECTOR, "#network line.link"))
        print(f"kb-browser: 2025-06-01 draws {len(ids_2025)} actors and {drawn} ties")
        if len(ids_2025) < 10 or drawn != links_2025 or drawn < 10:
            failures.append(f"the 2025 network is too small: {len(ids_2025)} nodes, {drawn} lines")
        for expected in ("JPN", "NATO", "IP4", "QUAD"):
            if expected not in ids_2025:
                failures.append(f"{expected} is missing from the 2025 network")
        behind = driver.find_elements(By.CSS_SELECTOR, "#network-relations li")
        if not behind or any(not li.find_elements(By.CSS_SELECTOR, ".cite abbr") for li in behind):
            failures.append("the relations behind the network are missing or unsourced")
        shot("network.png")

        driver.execute_script(SLIDER_TO, month_index("2013-01-01"))
        wait.until(lambda d: d.find_element(By.ID, "network").get_attribute("data-settled") == "2013-01-01")
        ids_2013 = network_ids(driver)
        print(f"kb-browser: moving the slider to 2013-01-01 leaves {len(ids_2013)} actors")
        if ids_2013 == ids_2025:
            failures.append("moving the date slider did not change the network")
        if "IP4" in ids_2013:
            failures.append("the Indo-Pacific Four (first met NATO at Madrid, 2022) appear in 2013")
        if "2013-01-01" not in driver.find_element(By.ID, "network-title").text:
            failures.append("the side panel does not name the new day")
        shot("network-2013.png")

        driver.execute_script(SLIDER_TO, month_index("2025-06-01"))
        wait.until(lambda d: d.find_element(By.ID, "network").get_attribute("data-settled") == "2025-06-01")
        driver.find_element(By.CSS_SELECTOR, '#network g.kb-node[data-id="JPN"] circle').click()
        wait.until(lambda d: d.find_element(By.ID, "view-actor").get_attribute("data-actor") == "JPN")
        entries = driver.find_elements(By.CSS_SELECTOR, "#actor-timeline li")
        unsourced = [e.text for e in entries if not e.find_elements(By.CSS_SELECTOR, ".cite abbr")]
        print(f"kb-browser: clicking JPN opens its page with {len(entries)} timeline entries")
        if len(entries) < 10:
            failures.append(f"Japan's timeline has only {len(entries)} entries")
        if unsourced:
            failures.append(f"timeline entries without sources: {unsourced[:3]}")
        # the IPCP with NATO was signed in May 2014 (PERKINS2023, ROSEN2023)
        if not any(e.get_attribute("data-id") == "nato-jpn-ipcp" and "2014-05" in e.text for e in entries):
            failures.append("Japan's timeline lacks the IPCP of 2014-05")
        if not driver.find_elements(By.CSS_SELECTOR, "#view-actor .references li"):
            failures.append("the actor page lists no references")
        shot("actor.png")

        driver.execute_script("location.hash = '#indicators/jpn-defence-share-gdp'")
        wait.until(lambda d: d.find_element(By.ID, "indicator-chart").get_attribute("data-indicator")
                   == "jpn-defence-share-gdp")
        points = int(driver.find_element(By.ID, "indicator-chart").get_attribute("data-points"))
        rows = len(driver.find_elements(By.CSS_SELECTOR, "#indicator-points tbody tr"))
        inked = driver.execute_script(
            "const c = document.getElementById('indicator-chart');"
            "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            "let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++; return n;")
        print(f"kb-browser: the chart draws {points} points ({inked} inked pixels), the table lists {rows}")
        if points == 0 or points != rows:
            failures.append(f"the chart has {points} points but the table {rows} rows")
        if inked < 2000:
            failures.append("the chart canvas is blank")
        shot("indicators.png")

        for message in headless_chromium.console_errors(driver):
            failures.append(f"console error: {message}")

    return headless_chromium.drive(driver, failures, steps, os.path.join(args.screenshots, "failure.png"))


if __name__ == "__main__":
    sys.exit(main())
