# SSRF-2: outbound requests.get to a fixed partner API without proxies=
import requests


def fetch_exchange_rates():
    r = requests.get("https://rates.example.com/v1/latest", timeout=10)  # want: PY-HTTP-NO-PROXY
    r.raise_for_status()
    return r.json()
