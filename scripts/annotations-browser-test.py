#!/usr/bin/env python3
"""Drives the map's vessel panel annotations in Debian's headless Chromium through Selenium.

Run by Tests/ServerTests/AnnotationsBrowserTests.swift against a node it started and fed ships, with
three organisations: the admin's own, a partner and an outsider. As the admin: open a vessel's
panel, add an annotation as TLP:AMBER releasable to the partner (after a refused empty one whose
server message must show), and see it listed with its badge in FIRST's colour, its classification,
author and organisation. Then the partner must see it on the same vessel and the outsider must not.
No console errors on any page. Exits non-zero on failure.
"""
import argparse
import sys

import headless_chromium
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

AMBER = (255, 192, 0)  # FIRST's TLP 2.0 amber, https://www.first.org/tlp/
NOTE = "Suspected shadow-fleet tanker, re-flagged twice in 2025.\nAIS dark for 40 h near the strait."


def open_vessel(driver, wait, mmsi, name):
    """Waits for the map, clicks the vessel's marker, waits for its panel and its annotations."""
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))

    def click(d):
        """Clicks the marker; a live update may redraw it between finding and clicking (then again)."""
        d.find_element(By.CSS_SELECTOR, f'.vessel-marker svg[data-mmsi="{mmsi}"]').find_element(By.XPATH, "..").click()
        return True

    wait.until(click)
    wait.until(lambda d: d.find_element(By.ID, "vessel-name").text == name)
    wait.until(lambda d: d.find_elements(By.ID, "annotation-list"))
    # the list is drawn once the node answered: either items or the "none" note
    wait.until(lambda d: d.execute_script(
        "const box = document.getElementById('vessel-annotations');"
        "return box.querySelector('li.annotation') !== null || box.querySelector('p.note').textContent !== ''"))


def rgb(css):
    """A computed colour, "rgb(…)" or "rgba(…, 1)", as (red, green, blue); None when not opaque."""
    parts = [float(x) for x in css.split("(")[1].rstrip(")").split(",")]
    return tuple(int(x) for x in parts[:3]) if len(parts) == 3 or parts[3] == 1 else None


def listed(driver):
    """The annotations shown: title, badge text, badge colour, and the rest of the item's text."""
    return driver.execute_script("""
        return [...document.querySelectorAll('#annotation-list li.annotation')].map((li) => {
          const badge = li.querySelector('.tlp');
          return { title: li.querySelector('.annotation-title').textContent, badge: badge.textContent,
                   colour: getComputedStyle(badge).color, background: getComputedStyle(badge).backgroundColor,
                   text: li.textContent };
        });""")


def records_page(driver, wait, args, title, failures):
    """The records page lists the annotation as one of a vessel and filters by kind annotation; its
    form has the same label picker."""
    driver.get(args.url.rstrip("/") + "/records.html")
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    Select(driver.find_element(By.ID, "filter-kind")).select_by_visible_text("annotation")
    wait.until(lambda d: d.execute_script("return document.querySelectorAll('#record-rows tr').length") == 1)
    row = driver.execute_script("return document.querySelector('#record-rows tr').innerText")
    if title not in row or f"annotation of MMSI {args.mmsi}" not in row:
        failures.append(f"the records page lists the annotation as {row!r}")
    driver.find_element(By.ID, "new-record").click()
    form = driver.find_element(By.ID, "record-form")
    wait.until(lambda d: form.is_displayed())
    form.find_element(By.CSS_SELECTOR, f'input[name=release][value="{args.partner_org}"]').click()
    if args.partner_org not in form.find_element(By.CSS_SELECTOR, ".readers").text:
        failures.append("the records form's picker does not say who will read the record")
    if args.screenshot:
        driver.save_screenshot(args.screenshot.removesuffix(".png") + "-records.png")
    print(f"browser: the records page lists {row!r} under kind annotation")
    driver.get(args.url)


def visit_as(driver, wait, args, user):
    """Signs out, signs in as `user` and opens the vessel's panel; the annotations titles listed."""
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#session button"))
    driver.find_element(By.CSS_SELECTOR, "#session button").click()
    wait.until(lambda d: d.find_elements(By.ID, "signin"))
    driver.get(args.url)
    headless_chromium.sign_in(driver, wait, user, args.password)
    open_vessel(driver, wait, args.mmsi, args.name)
    return [a["title"] for a in listed(driver)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--mmsi", required=True, help="the vessel to annotate")
    p.add_argument("--name", required=True, help="the vessel's name, shown in its panel")
    p.add_argument("--admin", required=True)
    p.add_argument("--admin-password", required=True)
    p.add_argument("--admin-org-name", required=True, help="the admin's organisation's name")
    p.add_argument("--partner", required=True)
    p.add_argument("--partner-org", required=True)
    p.add_argument("--outsider", required=True)
    p.add_argument("--password", required=True, help="the partner's and the outsider's password")
    p.add_argument("--screenshot")
    args = p.parse_args()

    driver = headless_chromium.start()
    wait = WebDriverWait(driver, 60, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
    failures = []
    title = NOTE.split("\n")[0]

    def steps():
        driver.get(args.url)
        headless_chromium.sign_in(driver, wait, args.admin, args.admin_password)
        open_vessel(driver, wait, args.mmsi, args.name)
        if listed(driver):
            failures.append(f"a new node lists annotations already: {listed(driver)}")
        driver.find_element(By.ID, "annotation-add").click()
        form = driver.find_element(By.ID, "annotation-form")
        wait.until(lambda d: form.is_displayed())
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: form.find_element(By.CSS_SELECTOR, ".error").text)
        error = form.find_element(By.CSS_SELECTOR, ".error").text
        if "body" not in error:
            failures.append(f"an empty annotation should be refused naming the body, the form shows {error!r}")
        print(f"browser: an empty annotation is refused: {error!r}")

        form.find_element(By.NAME, "body").send_keys(NOTE)
        Select(form.find_element(By.NAME, "tlp")).select_by_value("AMBER")
        form.find_element(By.NAME, "classification").send_keys("RESTRICTED")
        form.find_element(By.CSS_SELECTOR, f'input[name=release][value="{args.partner_org}"]').click()
        readers = form.find_element(By.CSS_SELECTOR, ".readers").text
        if args.partner_org not in readers:
            failures.append(f"the picker does not say the partner will read it: {readers!r}")
        if args.screenshot:
            driver.save_screenshot(args.screenshot.removesuffix(".png") + "-form.png")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: listed(d) and not form.is_displayed())
        item = listed(driver)[0]
        if item["title"] != title:
            failures.append(f"the annotation is listed as {item['title']!r}")
        if item["badge"] != "TLP:AMBER" or rgb(item["colour"]) != AMBER or rgb(item["background"]) != (0, 0, 0):
            failures.append(f"the badge reads {item['badge']!r} in {item['colour']} on {item['background']}")
        if item["text"].count(title) != 1:
            failures.append(f"the title is shown {item['text'].count(title)} times: {item['text']!r}")
        for part in ("RESTRICTED", args.admin, args.admin_org_name, "AIS dark for 40 h", args.partner_org):
            if part not in item["text"]:
                failures.append(f"the annotation does not show {part!r}: {item['text']!r}")
        print(f"browser: annotation listed with {item['badge']}: {item['text']!r}")
        if args.screenshot:
            driver.save_screenshot(args.screenshot)
        # the refused empty annotation is logged by the browser as a failed request; nothing else may be
        failures.extend([f"console error (admin): {m}" for m in headless_chromium.console_errors(driver)
                     if f"/api/v1/vessels/{args.mmsi}/annotations - Failed to load resource" not in m
                     or "status of 400" not in m])

        records_page(driver, wait, args, title, failures)

        seen = visit_as(driver, wait, args, args.partner)
        if seen != [title]:
            failures.append(f"the partner should see the annotation, sees {seen}")
        print(f"browser: the partner sees {seen}")
        failures.extend([f"console error (partner): {m}" for m in headless_chromium.console_errors(driver)])

        seen = visit_as(driver, wait, args, args.outsider)
        if seen:
            failures.append(f"the outsider sees {seen}")
        note = driver.find_element(By.CSS_SELECTOR, "#vessel-annotations p.note").text
        print(f"browser: the outsider sees no annotation: {note!r}")
        failures.extend([f"console error (outsider): {m}" for m in headless_chromium.console_errors(driver)])

    return headless_chromium.drive(driver, failures, steps, args.screenshot and args.screenshot + ".failed.png")


if __name__ == "__main__":
    sys.exit(main())
