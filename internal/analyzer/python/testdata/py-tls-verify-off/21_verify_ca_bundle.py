# TLS verify off FALSE: verify pointing at a private CA bundle (string path and session attribute)
import requests

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def make_internal_session() -> requests.Session:
    s = requests.Session()
    s.proxies = {"https": "http://egress.internal:3128"}
    s.verify = CA_BUNDLE
    return s


def ping_ledger():
    return requests.get("https://ledger.internal/health", verify="/etc/ssl/certs/internal-ca.pem", proxies={"https": "http://egress.internal:3128"}, timeout=5)
