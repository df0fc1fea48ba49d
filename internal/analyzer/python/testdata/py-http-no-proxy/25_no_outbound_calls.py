# SSRF-2 FALSE: module only builds URLs and parses responses; it makes no outbound call itself
from urllib.parse import urlencode

import requests

API = "https://api.carrier.example.com/v1/track"


def tracking_url(number: str) -> str:
    return API + "?" + urlencode({"n": number})


def parse(resp: requests.Response) -> dict:
    return resp.json()
