# SSRF FALSE: generic fetch helper never reached from request data (only called with a constant)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch(user_url):
    return requests.get(user_url, proxies=PROXIES, timeout=5).text


def refresh_public_suffix_list():
    return fetch("https://publicsuffix.org/list/public_suffix_list.dat")
