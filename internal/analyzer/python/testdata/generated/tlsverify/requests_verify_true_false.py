# generated case: TLS verification kept on (proxied)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_status():
    r = requests.get("https://status.partner.example/api", verify=True, proxies=PROXIES, timeout=5)
    return r.json()
