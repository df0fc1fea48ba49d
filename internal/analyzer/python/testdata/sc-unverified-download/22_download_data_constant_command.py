# Safe: the download is data (JSON); the command run afterwards is a constant
import subprocess

import requests


def refresh_rates():
    rates = requests.get("https://rates.example.com/latest", timeout=5, proxies={"https": "http://proxy:3128"}).json()
    subprocess.run(["systemctl", "reload", "rates-cache"], check=True)
    return rates
