# SSRF (low-confidence source): price feed URL from os.environ fetched without a proxy
import os

import requests


def refresh_prices():
    feed = os.environ["PRICE_FEED_URL"]
    return requests.get(feed, timeout=10).json()  # want: PY-SSRF PY-HTTP-NO-PROXY
