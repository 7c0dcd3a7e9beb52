#!/usr/bin/env python3
"""Drives the records and admin pages in Debian's headless Chromium through Selenium.

Run by Tests/ServerTests/SharingBrowserTests.swift against a node it started with three
organisations: the admin's own, a partner and an outsider. As the admin it writes a TLP:AMBER
record releasable to the partner through the form (after a refused draft whose server message must
show), edits it into a second version, and adds a user and a token on the admin page. Then, each in
a fresh session, the outsider must not see the record (neither in the list nor by its id) and gets
the "admins only" note, and the partner must see it with its AMBER badge. Every page is checked for
console errors, readable text (WCAG 2.1 contrast) and overlapping text at 1400×900. Exits non-zero
on failure.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

import headless_chromium
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

# FIRST's TLP 2.0 colours as red, green, blue (and opacity): https://www.first.org/tlp/
TLP_COLOURS = {"CLEAR": (255, 255, 255, 1), "GREEN": (51, 255, 0, 1), "AMBER": (255, 192, 0, 1),
               "AMBER+STRICT": (255, 192, 0, 1), "RED": (255, 43, 43, 1)}
AMBER = TLP_COLOURS["AMBER"]
BLACK = (0, 0, 0, 1)

# Writes records through the API with the page's session, one after another; answers the statuses.
SEED = """
const [drafts, done] = [arguments[0], arguments[arguments.length - 1]];
const statuses = [];
drafts.reduce((previous, draft) => previous.then(() => fetch('/api/v1/records', {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(draft),
}).then((r) => statuses.push(r.status))), Promise.resolve()).then(() => done(statuses), (e) => done(String(e)));
"""


def seed_drafts(partner_org, partner_nation, outsider_org):
    """One record for each TLP but AMBER (the form writes that one), each released differently."""
    return [
        {"kind": "observation", "title": "Port call schedule published for Naha", "body": "Public notice.",
         "time": "2026-11-21T01:00:00Z", "labels": {"tlp": "CLEAR", "releasableTo": [outsider_org, partner_org]}},
        {"kind": "observation", "title": "Survey vessel working west of the median line", "body": "Towed array.",
         "time": "2026-11-21T02:30:00Z", "lat": 27.1, "lon": 125.9,
         "labels": {"tlp": "GREEN", "releasableTo": [partner_nation]}},
        {"kind": "assessment", "title": "Transshipment pattern in the Yellow Sea", "body": "Likely weekly.",
         "time": "2026-11-20T22:00:00Z",
         "labels": {"tlp": "AMBER+STRICT", "releasableTo": [partner_org], "classification": "SECRET//REL GBR"}},
        {"kind": "incident", "title": "Source report: boarding planned", "body": "Owner only.",
         "time": "2026-11-21T04:45:00Z", "labels": {"tlp": "RED", "releasableTo": []}},
    ]


def colour(element, prop):
    """A computed CSS colour, "rgb(…)" or "rgba(…)", as a tuple with its opacity."""
    parts = [float(x) for x in element.value_of_css_property(prop).split("(")[1].rstrip(")").split(",")]
    return tuple(parts) if len(parts) == 4 else (*parts, 1.0)

# Finds text an eye cannot read or cannot see: WCAG 2.1 contrast below 4.5:1 (3:1 for large
# text) against the composited background, and text boxes that overlap other text boxes.
LAYOUT_CHECK = """
const parse = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
function background(element) {
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let out = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
  return out;
}
// the part of an element's box that shows: cut by every ancestor that clips (a scrolled pane)
function shown(e) {
  if (getComputedStyle(e).visibility === 'hidden') return null;
  let { left, top, right, bottom } = e.getBoundingClientRect();
  [right, bottom] = [Math.min(right, innerWidth), Math.min(bottom, innerHeight)];
  [left, top] = [Math.max(left, 0), Math.max(top, 0)];
  for (let a = e.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflow === 'visible') continue;
    const r = a.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, r.left), Math.max(top, r.top), Math.min(right, r.right), Math.min(bottom, r.bottom)];
  }
  return right - left > 0 && bottom - top > 0 ? { left, top, right, bottom } : null;
}
const texts = [...document.querySelectorAll('body *')].filter((e) =>
  [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && shown(e));
const problems = [];
for (const e of texts) {
  const s = getComputedStyle(e);
  const fg = parse(s.color);
  const bg = background(e);
  const f = [fg[0] * fg[3] + bg[0] * (1 - fg[3]), fg[1] * fg[3] + bg[1] * (1 - fg[3]), fg[2] * fg[3] + bg[2] * (1 - fg[3])];
  const [a, b] = [luminance(f), luminance(bg)].sort((x, y) => y - x);
  const ratio = (a + 0.05) / (b + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
  const opacity = e.closest('button:disabled') ? 0.6 : 1;
  if (opacity === 1 && ratio < (large ? 3 : 4.5))
    problems.push(`contrast ${ratio.toFixed(2)}:1 for "${e.textContent.trim().slice(0, 40)}" (${s.color} on rgb(${bg.map(Math.round)}))`);
}
for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
  const [p, q] = [texts[i], texts[j]];
  if (p.contains(q) || q.contains(p)) continue;
  const [a, b] = [shown(p), shown(q)];
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  if (w > 2 && h > 2)
    problems.push(`"${p.textContent.trim().slice(0, 30)}" overlaps "${q.textContent.trim().slice(0, 30)}"`);
}
if (document.documentElement.scrollWidth > innerWidth) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
return problems;
"""


class Session:
    """One browser; `failures` collects what went wrong instead of stopping at the first."""

    def __init__(self, url, downloads):
        self.url = url.rstrip("/")
        self.downloads = downloads
        self.driver = headless_chromium.start(downloads=downloads)
        self.wait = WebDriverWait(self.driver, 60, ignored_exceptions=(StaleElementReferenceException,))
        self.failures = []
        # requests the test provokes on purpose, and optional endpoints a node may not have yet
        self.expected_failures = ["/api/v1/records ", "/api/v1/peers", "/api/v1/node", "/api/v1/export/stix",
                                  "/api/v1/records/stream"]

    def check(self, condition, what):
        if not condition:
            self.failures.append(what)
        return condition

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def finds(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def open(self, path, user=None, password=None):
        """Opens a page; when it sends the browser to sign in, signs in as `user` first."""
        self.driver.get(self.url + path)
        if user is not None:
            headless_chromium.sign_in(self.driver, self.wait, user, password)
        self.wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))

    def sign_out(self):
        self.find("#session button").click()
        self.wait.until(lambda d: d.find_elements(By.ID, "signin"))

    def layout(self, page):
        for problem in self.driver.execute_script(LAYOUT_CHECK):
            self.failures.append(f"{page}: {problem}")

    def console(self, allowed=()):
        for entry in self.driver.get_log("browser"):
            if entry["level"] != "SEVERE":
                continue
            message = entry["message"]
            if any(path in message for path in allowed):
                continue
            self.failures.append(f"console error: {message}")

    def titles(self):
        """The titles listed, read in one step (the list may be redrawn at any moment)."""
        return set(self.driver.execute_script(
            "return [...document.querySelectorAll('#record-rows td.title a')].map((a) => a.textContent)"))

    def row(self, title):
        return self.driver.execute_script(
            "return [...document.querySelectorAll('#record-rows tr')]"
            ".find((tr) => tr.querySelector('td.title a').textContent === arguments[0]) ?? null", title)


def unstale(read, attempts=10):
    """Runs `read` again when the element it held was redrawn under it (a live update)."""
    for attempt in range(attempts):
        try:
            return read()
        except StaleElementReferenceException:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)


def write_record(s, title, partner):
    """As the admin: a refused draft first (lat without lon), then the record, then version 2."""
    s.find("#new-record").click()
    form = s.find("#record-form")
    s.wait.until(lambda d: form.is_displayed())
    fields = {name: form.find_element(By.NAME, name) for name in ("title", "body", "lat", "lon", "vessels",
                                                                   "classification")}
    Select(form.find_element(By.NAME, "kind")).select_by_visible_text("incident")
    fields["title"].send_keys(title)
    fields["body"].send_keys("Three trawlers loitered inside the zone for six hours.\nAIS gaps on two.")
    fields["lat"].send_keys("25.75")
    fields["vessels"].send_keys("431100001, 431100002")
    fields["classification"].send_keys("RESTRICTED")
    Select(form.find_element(By.NAME, "tlp")).select_by_value("AMBER")
    form.find_element(By.CSS_SELECTOR, f'input[name=release][value="{partner}"]').click()
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: d.find_element(By.ID, "form-error").text)
    error = s.find("#form-error").text
    s.check("lat" in error and "lon" in error, f"the node's refusal should name lat and lon, the form shows {error!r}")
    print(f"browser: a refused draft shows the node's message: {error!r}")

    fields["lon"].send_keys("123.5")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: s.row(title) is not None and s.find("#record-detail").is_displayed())
    def read_row():
        """The row's facts in one go: the live stream may redraw the list between two reads."""
        row = s.row(title)
        badge = row.find_element(By.CSS_SELECTOR, ".tlp")
        return (row.get_attribute("data-id"), badge.text, colour(badge, "color"), colour(badge, "background-color"),
                row.find_element(By.CSS_SELECTOR, "td.releasable").text,
                row.find_element(By.CSS_SELECTOR, "td.classification").text)

    record_id, badge_text, badge_colour, badge_background, releasable, classification = unstale(read_row)
    s.check(badge_text == "TLP:AMBER", f"the row's badge reads {badge_text!r}, not TLP:AMBER")
    s.check(badge_colour == AMBER, f"the AMBER badge is {badge_colour}")
    s.check(badge_background == BLACK, f"the badge is on {badge_background}")
    s.check(partner in releasable, f"the row's releasable-to reads {releasable!r}, without {partner}")
    s.check(classification == "RESTRICTED", "no classification shown")
    print(f"browser: record {record_id} listed with {badge_text}, releasable to {releasable!r}")

    s.wait.until(lambda d: s.find("#detail-title").text == title)
    facts = s.find("#detail-facts").text
    s.check("25.7500° N, 123.5000° E" in facts, f"the detail's position is missing: {facts!r}")
    s.check(len(s.finds("#detail-vessels a")) == 2, "the detail does not link both vessels")
    s.check(s.find("#edit-record").is_displayed(), "the owner cannot edit the record")
    s.find("#edit-record").click()
    s.wait.until(lambda d: form.is_displayed())
    body = form.find_element(By.NAME, "body")
    s.check("AIS gaps on two." in body.get_attribute("value"), "the edit form does not hold the record's text")
    body.send_keys("\nA third vessel joined at 06:00 UTC.")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#detail-versions li")) == 2)
    s.check("A third vessel joined" in s.find("#detail-body").text, "version 2's text is not shown")
    print("browser: editing wrote version 2; the detail lists both versions")
    return record_id


def export(s, title, drafts):
    """Where the node has the STIX 2.1 export: the bundle downloaded holds every record listed."""
    s.find("#stix-export").click()
    s.wait.until(lambda d: "STIX" in d.find_element(By.ID, "list-note").text)
    print(f"browser: export: {s.find('#list-note').text}")
    if "not available" in s.find("#list-note").text:
        return
    s.wait.until(lambda d: [n for n in os.listdir(s.downloads) if n.endswith(".json")])
    name = next(n for n in os.listdir(s.downloads) if n.endswith(".json"))
    with open(os.path.join(s.downloads, name)) as f:
        bundle = json.load(f)
    s.check(bundle.get("type") == "bundle", f"the download {name} is not a STIX bundle")
    # a record is a report, incident or note there; its title is a name or an abstract
    texts = {o.get("name") or o.get("abstract") for o in bundle.get("objects", [])}
    missing = ({title} | {d["title"] for d in drafts}) - texts
    s.check(not missing, f"the bundle lacks {missing}")
    s.check("TLP:AMBER" in texts, "the bundle has no TLP:AMBER marking")


def filters(s, drafts):
    """The TLP filter (its '+' must survive the query string), the owner filter and the search box."""
    Select(s.find("#filter-tlp")).select_by_value("AMBER+STRICT")
    s.wait.until(lambda d: s.titles() == {drafts[2]["title"]})
    Select(s.find("#filter-tlp")).select_by_value("")
    Select(s.find("#filter-owner")).select_by_value("partner-org")
    s.wait.until(lambda d: not s.finds("#record-rows tr") and "No records" in s.find("#list-note").text)
    Select(s.find("#filter-owner")).select_by_value("")
    s.find("#search").send_keys("median line")
    s.wait.until(lambda d: s.titles() == {drafts[1]["title"]})
    s.find("#search").clear()
    s.find("#search").send_keys(" ")  # clear() fires no input event
    s.wait.until(lambda d: len(s.titles()) == len(drafts) + 1)
    print("browser: the TLP, owner and text filters narrow the list")


def add_peer(s, organisation):
    """A peer through the form; any valid Ed25519 key will do, so the test borrows this node's own."""
    key = s.driver.execute_async_script(
        "fetch('/api/v1/node').then((r) => r.json()).then((n) => arguments[0](n.publicKey))")
    s.check(key and key in s.find("#node-identity").text, "the peers card does not show this node's public key")
    form = s.find("#peer-form")
    Select(form.find_element(By.NAME, "organisation")).select_by_value(organisation)
    form.find_element(By.NAME, "url").send_keys("http://127.0.0.1:9/")
    form.find_element(By.NAME, "publicKey").send_keys(key)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f'#peer-rows tr[data-key="{organisation}"]')
                 or form.find_element(By.CSS_SELECTOR, ".error").text)
    s.check(not form.find_element(By.CSS_SELECTOR, ".error").text,
            f"adding a peer was refused: {form.find_element(By.CSS_SELECTOR, '.error').text}")
    print(f"browser: added {organisation} as a peer")


def administer(s, organisation):
    """As the admin: the users are listed, a user is added and given a token shown once."""
    s.find('header nav a[href="/admin.html"]').click()
    s.wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    users = [r.get_attribute("data-key") for r in s.finds("#user-rows tr")]
    s.check({"tester", "partner", "outsider"} <= set(users), f"the users table lists {users}")
    form = s.find("#user-form")
    form.find_element(By.NAME, "name").send_keys("night-watch")
    Select(form.find_element(By.NAME, "organisation")).select_by_value(organisation)
    Select(form.find_element(By.NAME, "role")).select_by_visible_text("viewer")
    form.find_element(By.NAME, "password").send_keys("a long enough password")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#user-rows tr[data-key="night-watch"]'))
    cells = s.find('#user-rows tr[data-key="night-watch"]').text
    s.check(organisation in cells and "viewer" in cells, f"the new user's row reads {cells!r}")
    tokens = s.find("#token-form")
    Select(tokens.find_element(By.NAME, "user")).select_by_value("night-watch")
    tokens.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    s.wait.until(lambda d: d.find_element(By.ID, "token-secret").text)
    s.check(len(s.find("#token-secret").text) >= 22, "the token shown is too short to be a token")
    if s.find("#peers-available").is_displayed():
        add_peer(s, organisation)
    else:
        s.check(s.find("#peers-unavailable").is_displayed(), "the peers card shows neither peers nor a note")
        print("browser: the peers card says federation is not available on this node")
    print(f"browser: admin page lists {len(users)} users, added night-watch and issued its token")


def live(s):
    """Where the node streams records: one written elsewhere appears without reloading the page."""
    try:
        WebDriverWait(s.driver, 30).until(lambda d: d.execute_script("return document.body.dataset.live === 'true'"))
    except TimeoutException:
        print("browser: this node has no live records stream; the list shows new records on reload")
        return
    s.driver.execute_script("window.__sameDocument = 42")
    draft = {"title": "Written while the list is open", "body": "", "labels": {"tlp": "GREEN"}}
    statuses = s.driver.execute_async_script(SEED, [draft])
    s.check(statuses == [201], f"writing a record answered {statuses}")
    s.wait.until(lambda d: draft["title"] in s.titles())
    s.check(s.driver.execute_script("return window.__sameDocument") == 42, "the page reloaded to show the record")
    print("browser: a new record appeared through the live stream without reloading")


DELETE = """
const [id, done] = [arguments[0], arguments[arguments.length - 1]];
fetch(`/api/v1/records/${id}`, { method: 'DELETE' }).then((r) => done(r.status), (e) => done(String(e)));
"""


def delete_records(s):
    """As the admin: one record deleted with the Delete button (after a confirmation), another
    deleted elsewhere while the list is open, which the live stream drops without a reload."""
    drafts = [{"title": f"Draft to withdraw {n}", "body": "", "labels": {"tlp": "GREEN"}} for n in (1, 2)]
    statuses = s.driver.execute_async_script(SEED, drafts)
    s.check(statuses == [201, 201], f"writing the records to delete answered {statuses}")
    s.driver.refresh()
    s.wait.until(lambda d: {x["title"] for x in drafts} <= s.titles())
    s.row(drafts[0]["title"]).click()
    s.wait.until(lambda d: s.find("#detail-title").text == drafts[0]["title"])
    s.check(s.find("#delete-record").is_displayed(), "the owner has no Delete button")
    s.find("#delete-record").click()
    alert = s.wait.until(lambda d: d.switch_to.alert)
    s.check("Delete" in alert.text, f"the confirmation reads {alert.text!r}")
    alert.accept()
    s.wait.until(lambda d: drafts[0]["title"] not in s.titles())
    s.wait.until(lambda d: "deleted" in s.find("#side-empty").text)
    print("browser: the Delete button asked first, then the record left the list")
    other = s.row(drafts[1]["title"]).get_attribute("data-id")
    s.driver.execute_script("window.__sameDocument = 7")
    status = s.driver.execute_async_script(DELETE, other)
    s.check(status == 204, f"DELETE answered {status}")
    s.wait.until(lambda d: drafts[1]["title"] not in s.titles())
    s.check(s.driver.execute_script("return window.__sameDocument") == 7, "the page reloaded to drop the record")
    print("browser: a record deleted elsewhere left the open list through the live stream")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--admin", required=True, help="an admin of the node's organisation")
    p.add_argument("--admin-password", required=True)
    p.add_argument("--partner", required=True, help="a user of the organisation the record is released to")
    p.add_argument("--partner-org", required=True)
    p.add_argument("--partner-nation", required=True, help="the partner organisation's nation code")
    p.add_argument("--outsider", required=True, help="a user of an organisation the record is not for")
    p.add_argument("--outsider-org", required=True)
    p.add_argument("--password", required=True, help="the partner's and the outsider's password")
    p.add_argument("--screenshot", help="PNG of the records page")
    p.add_argument("--admin-screenshot", help="PNG of the admin page")
    args = p.parse_args()

    title = "Trawlers loitering north of the zone"
    downloads = tempfile.mkdtemp(prefix="kizuna-downloads-")
    s = Session(args.url, downloads)

    def steps():
        s.open("/records.html", args.admin, args.admin_password)
        links = [a.text for a in s.finds("header nav a")]
        s.check(links == ["Map", "Records", "Partnerships", "Sanctions", "Admin"], f"the header links are {links}")
        drafts = seed_drafts(args.partner_org, args.partner_nation, args.outsider_org)
        statuses = s.driver.execute_async_script(SEED, drafts)
        s.check(statuses == [201] * len(drafts), f"seeding records answered {statuses}")
        record_id = write_record(s, title, args.partner_org)
        for row in s.finds("#record-rows tr"):
            badge = row.find_element(By.CSS_SELECTOR, ".tlp")
            label = badge.text.removeprefix("TLP:")
            s.check(colour(badge, "color") == TLP_COLOURS.get(label),
                    f"the {badge.text} badge is {colour(badge, 'color')}, not FIRST's colour")
        s.check(len(s.finds("#record-rows tr")) == len(drafts) + 1, "the admin does not see every record")
        s.layout("records")
        if args.screenshot:
            s.driver.save_screenshot(args.screenshot)
        export(s, title, drafts)
        filters(s, drafts)
        delete_records(s)
        administer(s, args.partner_org)
        s.layout("admin")
        if args.admin_screenshot:
            s.driver.save_screenshot(args.admin_screenshot)
        s.console(allowed=s.expected_failures)

        s.sign_out()
        s.open("/records.html", args.outsider, args.password)
        seen = s.titles()
        s.check(seen == {drafts[0]["title"]}, f"the outsider should see only the CLEAR record, sees {seen}")
        s.driver.get(f"{s.url}/records.html#record={record_id}")
        s.wait.until(lambda d: d.find_element(By.ID, "side-empty").is_displayed()
                     and "no record" in d.find_element(By.ID, "side-empty").text)
        s.check(not s.find("#record-detail").is_displayed(), "the outsider sees the record's detail")
        s.open("/admin.html")
        s.check(s.find("#admins-only").is_displayed(), "the outsider is not told the admin page is for admins")
        s.check(not s.find("#admin-panels").is_displayed(), "the outsider sees the admin panels")
        s.layout("admin, not an admin")
        s.console(allowed=["/api/v1/records/"])  # the outsider's 404 for the record's id
        print("browser: the outsider sees neither the record nor the admin panels")

        s.sign_out()
        s.open("/records.html", args.partner, args.password)
        seen = s.titles()
        expected = {drafts[0]["title"], drafts[1]["title"], drafts[2]["title"], title}
        s.check(seen == expected, f"the partner should see {expected}, sees {seen}")
        row = s.row(title)
        if s.check(row is not None, "the partner does not see the record"):
            badge = row.find_element(By.CSS_SELECTOR, ".tlp")
            s.check(badge.text == "TLP:AMBER" and colour(badge, "color") == AMBER,
                    f"the partner sees the badge {badge.text!r} in {colour(badge, 'color')}")
            row.click()
            s.wait.until(lambda d: d.find_element(By.ID, "detail-title").text == title)
            s.check(not s.find("#edit-record").is_displayed(), "the partner may edit another organisation's record")
            print("browser: the partner sees the record with its AMBER badge, without an edit button")
        live(s)
        s.console(allowed=["/api/v1/records/stream"])  # absent on a node without the live stream

    return headless_chromium.drive(s.driver, s.failures, steps, args.screenshot and args.screenshot + ".failed.png",
                                   finally_=lambda: shutil.rmtree(downloads, ignore_errors=True))


if __name__ == "__main__":
    sys.exit(main())
