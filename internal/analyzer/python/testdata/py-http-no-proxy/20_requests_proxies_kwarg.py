# SSRF-2 FALSE: every outbound requests call passes proxies=
import requests

EGRESS = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def fetch_exchange_rates():
    return requests.get("https://rates.example.com/v1/latest", proxies=EGRESS, timeout=10).json()


def notify(text: str) -> None:
    requests.post("https://hooks.example.com/notify", json={"text": text}, proxies=EGRESS, timeout=5)
