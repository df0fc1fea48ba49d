# IN-2: a plugin fetched over HTTP and exec'd at once
import requests

PROXIES = {"https": "http://proxy.internal:3128"}


def install_plugin(url):
    resp = requests.get(url, timeout=10, proxies=PROXIES)
    exec(compile(resp.content, "plugin", "exec"))  # want: SC-UNVERIFIED-DOWNLOAD
