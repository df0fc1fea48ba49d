# TLS verify off FALSE: verify=True explicitly and default verification
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_rates():
    return requests.get("https://rates.partner.example/latest", verify=True, proxies=PROXIES, timeout=10).json()


def fetch_holidays():
    return requests.get("https://calendar.partner.example/holidays", proxies=PROXIES, timeout=10).json()
