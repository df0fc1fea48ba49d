# TLS verify off: urlopen with an unverified context and no proxy (both rules)
import ssl
import urllib.request


def download_price_list():
    ctx = ssl._create_unverified_context()  # want: PY-TLS-VERIFY-OFF
    with urllib.request.urlopen("https://supplier.example.com/prices.csv", context=ctx, timeout=20) as resp:  # want: PY-HTTP-NO-PROXY
        return resp.read()
