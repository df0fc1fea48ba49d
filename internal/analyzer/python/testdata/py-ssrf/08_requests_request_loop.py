# SSRF: health checker loops over JSON-supplied endpoints calling requests.request
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/monitors/run", methods=["POST"])
def run_monitors():
    results = {}
    for endpoint in request.get_json()["endpoints"]:
        r = requests.request("HEAD", endpoint, proxies=PROXIES, timeout=3)  # want: PY-SSRF
        results[endpoint] = r.status_code
    return jsonify(results)
