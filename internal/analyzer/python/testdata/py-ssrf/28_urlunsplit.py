# py-ssrf: URLs put together with urlunsplit/urlunparse: a constant scheme and host fix where the request goes (and the response is that server's data; from a host the input picks, it is the attacker's)
import urllib.parse

import requests
from flask import Flask, request

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/feed")
def feed():
    url = urllib.parse.urlunsplit(("https", "api.example.com", "/feed/" + request.args["name"], "", ""))
    return requests.get(url, proxies=PROXIES, timeout=5).text


@app.route("/bare-path")
def bare_path():
    url = urllib.parse.urlunparse(("https", "api.example.com", request.args["path"], "", request.args.get("q", ""), ""))
    return requests.get(url, proxies=PROXIES, timeout=5).text


@app.route("/host")
def host():
    url = urllib.parse.urlunsplit(("https", request.args["host"], "/feed", "", ""))
    return requests.get(url, proxies=PROXIES, timeout=5).text  # want: PY-SSRF PY-XSS


@app.route("/scheme")
def scheme():
    url = urllib.parse.urlunsplit((request.args["scheme"], "api.example.com", "/feed", "", ""))
    return requests.get(url, proxies=PROXIES, timeout=5).text  # want: PY-SSRF PY-XSS
