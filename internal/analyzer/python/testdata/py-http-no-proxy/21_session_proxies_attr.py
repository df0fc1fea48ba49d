# SSRF-2 FALSE: requests.Session with s.proxies set, then s.get
import requests

session = requests.Session()
session.proxies = {"https": "http://egress.internal:3128"}


def track(tracking_number: str) -> dict:
    return session.get("https://api.carrier.example.com/v1/track", params={"n": tracking_number}, timeout=10).json()
