# TLS verify off FALSE: verify=False only mentioned in a comment and a docstring
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch(url_path: str):
    """Never pass verify=False here; the partner uses a public CA."""
    # previously: requests.get(..., verify=False)
    return requests.get("https://partner.example.com/" + url_path.lstrip("/"), proxies=PROXIES, timeout=5)
