"""Debian's headless Chromium under Selenium, as the browser tests use it (scripts/*-browser-test.py).

Uses /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver), never
Selenium Manager, so it works offline; keeps the console log so tests can fail on console errors.
"""
import os

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for a driver online

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def start(width=1400, height=900):
    """A headless Chromium window of width × height CSS pixels that records console messages."""
    options = webdriver.ChromeOptions()
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
