# SSRF-2: requests.Session with headers but no proxies configured
import requests


class ShippingClient:
    def __init__(self, api_key: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def track(self, tracking_number: str) -> dict:
        return self.session.get("https://api.carrier.example.com/v1/track", params={"n": tracking_number}, timeout=10).json()  # want: PY-HTTP-NO-PROXY
