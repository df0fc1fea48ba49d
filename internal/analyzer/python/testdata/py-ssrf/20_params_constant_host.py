# SSRF FALSE: tainted value only in params= of a constant host (proxied)
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/geo/search")
def geo_search():
    q = request.args.get("q", "")
    r = requests.get("https://api.geo.example.com/v2/search", params={"q": q, "limit": 5}, proxies=PROXIES, timeout=5)
    return jsonify(r.json())
