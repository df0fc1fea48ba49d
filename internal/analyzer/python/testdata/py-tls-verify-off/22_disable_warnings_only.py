# TLS verify off FALSE: urllib3.disable_warnings() alone is not a finding; verification stays on
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
PROXIES = {"https": "http://egress.internal:3128"}


def status():
    return requests.get("https://status.example.com/api", proxies=PROXIES, timeout=5).json()
