"""A small W3C WebDriver client over HTTP (standard library only) for chromium-driver."""

import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class WebDriverError(Exception):
    pass


class Browser:
    """One headless Chromium session. Pages are addressed relative to `base`."""

    def __init__(self, base, screenshots, driver="chromedriver", chromium="/usr/bin/chromium"):
        self.base = base.rstrip("/")
        self.screenshots = screenshots
        self.port = free_port()
        self.process = subprocess.Popen(
            [driver, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while True:
            try:
                self._call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.time() > deadline:
                    raise WebDriverError("chromedriver did not start within 20 s")
                time.sleep(0.2)
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1400",
                            "--lang=en-GB"]}
        if os.path.exists(chromium):
            options["binary"] = chromium
        session = self._call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})
        self.session = session["sessionId"]

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response).get("value")
        except urllib.error.HTTPError as error:
            detail = json.load(error).get("value", {})
            raise WebDriverError(f"{method} {path}: {detail.get('error')}: {detail.get('message', '')[:300]}")

    def _session(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, path):
        self._session("POST", "/url", {"url": self.base + path})

    @property
    def path(self):
        url = self._session("GET", "/url")
        return url[len(self.base):] if url.startswith(self.base) else url

    @property
    def source(self):
        return self._session("GET", "/source")

    def find(self, css):
        found = self._session("POST", "/element", {"using": "css selector", "value": css})
        return found[ELEMENT]

    def find_all(self, css):
        return [e[ELEMENT] for e in self._session("POST", "/elements", {"using": "css selector", "value": css})]

    def text(self, css):
        return self._session("GET", f"/element/{self.find(css)}/text")

    def type(self, css, value, clear=True):
        element = self.find(css)
        if clear:
            self._session("POST", f"/element/{element}/clear", {})
        self._session("POST", f"/element/{element}/value", {"text": value})

    def click(self, css):
        self._session("POST", f"/element/{self.find(css)}/click", {})

    def submit(self, css, timeout=30, script=None):
        """Clicks a control (or runs `script`) that loads a new page and waits until it has loaded."""
        self.run("window.__e2eOldPage = true;")
        if script:
            self.run(script)
        else:
            self.click(css)
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if self.run("return window.__e2eOldPage === undefined && document.readyState === 'complete';"):
                    return
            except WebDriverError:
                pass
            time.sleep(0.05)
        raise WebDriverError(f"no new page after clicking {css}")

    def select(self, css, value):
        self.click(f"{css} option[value='{value}']")

    def resize(self, width, height):
        """Sets the window's outer size (a phone is 390 px wide)."""
        self._session("POST", "/window/rect", {"width": width, "height": height})

    def run(self, script, *args):
        return self._session("POST", "/execute/sync", {"script": script, "args": list(args)})

    # Called with the name after each screenshot (the suite checks the page shown there).
    on_screenshot = None

    def screenshot(self, name):
        os.makedirs(self.screenshots, exist_ok=True)
        png = base64.b64decode(self._session("GET", "/screenshot"))
        path = os.path.join(self.screenshots, f"{name}.png")
        with open(path, "wb") as out:
            out.write(png)
        if self.on_screenshot is not None:
            self.on_screenshot(name)
        return path

    def delete_cookies(self):
        self._session("DELETE", "/cookie")

    def close(self):
        try:
            self._session("DELETE", "")
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)
