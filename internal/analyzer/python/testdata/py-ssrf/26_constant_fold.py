# SSRF FALSE: constant-folded branch picks the fixed status URL
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/upstream/status")
def upstream_status():
    param = request.args.get("url", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "https://status.example.com/api/v2/status.json"
    else:
        bar = param
    r = requests.get(bar, proxies=PROXIES, timeout=5)
    return jsonify(r.json())
