# py-tls-verify-off: a session's verify flag set back before any request is sent
import requests


def restored():
    s = requests.Session()
    s.verify = False  # safe: PY-TLS-VERIFY-OFF (set back before any request)
    s.verify = True  # (a mistaken line fixed right after)
    return s.get("https://partner.example.com/api", timeout=5)  # want: PY-HTTP-NO-PROXY


def used_in_between():
    s = requests.Session()
    s.verify = False  # want: PY-TLS-VERIFY-OFF
    first = s.get("https://partner.example.com/api", timeout=5)  # want: PY-HTTP-NO-PROXY
    s.verify = True
    return first


def left_off():
    s = requests.Session()
    s.verify = False  # want: PY-TLS-VERIFY-OFF
    return s.get("https://partner.example.com/api", timeout=5)  # want: PY-HTTP-NO-PROXY
