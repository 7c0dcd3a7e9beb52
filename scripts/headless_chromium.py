"""Debian's headless Chromium under Selenium, as the browser tests use it (scripts/*-browser-test.py).

Uses /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver), never
Selenium Manager, so it works offline; keeps the console log so tests can fail on console errors.
"""
import os
import sys

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for a driver online

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def start(width=1400, height=900, downloads=None):
    """A headless Chromium window of width × height CSS pixels that records console messages and,
    given `downloads`, saves downloaded files into that folder."""
    options = webdriver.ChromeOptions()
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads})
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                 "--disable-gpu"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(driver):
    """The SEVERE console messages logged since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def sign_in(driver, wait, user, password):
    """Fills the sign-in page a page without a session sends the browser to; it then sends it back."""
    wait.until(lambda d: d.find_elements(By.ID, "signin"))
    driver.find_element(By.ID, "user").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "#signin button[type=submit]").click()
    wait.until(lambda d: not d.find_elements(By.ID, "signin"))
    print(f"browser: signed in as {user}")


def drive(driver, failures, steps, failed_screenshot=None, finally_=None):
    """Runs a browser test's `steps()` and ends it: an exception (a wait timed out, an element is
    missing) becomes one more failure, with a screenshot at `failed_screenshot` when given; the
    browser quits and `finally_()` runs whatever happened; each failure is printed. Returns the exit
    code: 1 when anything failed."""
    try:
        steps()
    except Exception as error:
        failures.append(f"{type(error).__name__}: {error}")
        if failed_screenshot:
            try:
                driver.save_screenshot(failed_screenshot)
            except Exception as shot_error:  # a browser that crashed cannot take one
                failures.append(f"no screenshot of the failure: {shot_error}")
    finally:
        driver.quit()
        if finally_:
            finally_()
    for failure in failures:
        print("browser FAILED:", failure, file=sys.stderr)
    return 1 if failures else 0
