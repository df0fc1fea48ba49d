# TLS verify off: requests.Session with s.verify = False (flag the assignment)
import requests


def make_partner_session() -> requests.Session:
    s = requests.Session()
    s.proxies = {"https": "http://egress.internal:3128"}
    s.verify = False  # want: PY-TLS-VERIFY-OFF
    return s
