# SSRF-2 FALSE: session proxies configured with proxies.update in the client constructor
import requests


class CrmClient:
    def __init__(self, base: str = "https://crm.example.com"):
        self.base = base
        self.http = requests.Session()
        self.http.proxies.update({"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"})

    def contacts(self) -> list:
        return self.http.get(self.base + "/api/contacts", timeout=10).json()
