# interproc/notify: WebhookClient posts to self.url (tainted from views.register_webhook); Pinger uses a list argv (safe)
import subprocess

import requests


class WebhookClient:
    def __init__(self, url):
        self.url = url

    def send(self, event):
        return requests.post(self.url, json=event, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY


class Pinger:
    def __init__(self, host):
        self.host = host

    def alive(self):
        return subprocess.run(["ping", "-c", "1", self.host], capture_output=True).returncode == 0
