# generated case: TLS verification disabled on an outbound call (proxied)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_status():
    r = requests.get("https://status.partner.example/api", verify=False, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    return r.json()
