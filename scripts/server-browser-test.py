#!/usr/bin/env python3
"""Drives the web UI in Debian's headless Chromium through Selenium, as a watch officer would.

Run by Tests/ServerTests/BrowserTests.swift against a node it started. Checks that the page loads
with no console errors, that ships appear for a replayed feed, that clicking one shows its name,
that a new event appears in the list without reloading the page, and that the event and its zone
show their TLP badge and classification. Exits non-zero on failure.
"""
import argparse
import socket
import sys
import time

import headless_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def send(address, path):
    host, port = address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s, open(path, "rb") as f:
        s.sendall(f.read())


def check_labels(driver, wait, tlp, classification, failures):
    """The new event's item and its zone's tooltip each show the TLP badge and classification."""
    item = driver.find_element(By.CSS_SELECTOR, '#event-list li[data-type="zone_entry"]')
    badges = item.find_elements(By.CSS_SELECTOR, f'.labels .tlp[data-tlp="{tlp}"]')
    marks = [e.text for e in item.find_elements(By.CSS_SELECTOR, ".labels .classification")]
    if not badges or badges[0].text != f"TLP:{tlp}" or marks != [classification]:
        failures.append(f"event item shows {item.text!r}, not TLP:{tlp} {classification}")
    else:
        print(f"browser: the event shows TLP:{tlp} {classification}")
    # Leaflet opens a zone's tooltip on mouseover of its path
    driver.execute_script(
        "document.querySelector('.leaflet-overlay-pane path.leaflet-interactive')"
        ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))"
    )
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-tooltip .zone-tip .tlp"))
    tip = driver.find_element(By.CSS_SELECTOR, ".leaflet-tooltip .zone-tip")
    if f"TLP:{tlp}" not in tip.text or classification not in tip.text:
        failures.append(f"zone tooltip shows {tip.text!r}, not TLP:{tlp} {classification}")
    else:
        print(f"browser: the zone's tooltip reads {tip.text!r}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--nmea", required=True, help="HOST:PORT of the node's NMEA listener")
    p.add_argument("--ships", required=True, help="feed whose ships must appear")
    p.add_argument("--ship-count", type=int, required=True)
    p.add_argument("--click", required=True, help="MMSI to click")
    p.add_argument("--name", required=True, help="name the panel must then show")
    p.add_argument("--event-feed", required=True, help="feed that causes a zone_entry event")
    p.add_argument("--event-tlp", required=True, help="TLP the new event and its zone must show")
    p.add_argument("--classification", required=True, help="classification they must show")
    p.add_argument("--screenshot")
    p.add_argument("--user", required=True, help="a user of the node, signed in through the sign-in page")
    p.add_argument("--password", required=True)
    args = p.parse_args()

    driver = headless_chromium.start()
    failures = []

    def steps():
        wait = WebDriverWait(driver, 60)
        driver.get(args.url)
        headless_chromium.sign_in(driver, wait, args.user, args.password)
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
        driver.execute_script("window.__sameDocument = 42")

        send(args.nmea, args.ships)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".vessel-marker")) >= args.ship_count)
        print(f"browser: {len(driver.find_elements(By.CSS_SELECTOR, '.vessel-marker'))} ships on the map")

        marker = driver.find_element(By.CSS_SELECTOR, f'.vessel-marker svg[data-mmsi="{args.click}"]')
        marker.find_element(By.XPATH, "..").click()
        wait.until(lambda d: d.find_element(By.ID, "vessel-name").text == args.name)
        print(f"browser: clicking {args.click} shows {args.name!r}")

        before = len(driver.find_elements(By.CSS_SELECTOR, '#event-list li[data-type="zone_entry"]'))
        send(args.nmea, args.event_feed)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, '#event-list li[data-type="zone_entry"]')) > before)
        if driver.execute_script("return window.__sameDocument") != 42:
            failures.append("the page reloaded to show the event")
        print("browser: a zone_entry event appeared without reloading")
        check_labels(driver, wait, args.event_tlp, args.classification, failures)
        time.sleep(0.5)
        if args.screenshot:
            driver.save_screenshot(args.screenshot)

        for message in headless_chromium.console_errors(driver):
            failures.append(f"console error: {message}")

    return headless_chromium.drive(driver, failures, steps, args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
