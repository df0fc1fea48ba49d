# TLS verify off: requests.get with verify=False (proxied, so no SSRF-2 finding)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_rates():
    r = requests.get("https://rates.partner.example/latest", verify=False, proxies=PROXIES, timeout=10)  # want: PY-TLS-VERIFY-OFF
    return r.json()
