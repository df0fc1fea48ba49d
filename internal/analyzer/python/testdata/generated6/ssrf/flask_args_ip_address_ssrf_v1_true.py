# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=args shape=ip_address_ssrf sink=v1 expected=true
import ipaddress
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00298", methods=["GET", "POST"])
def benchmark_test_00298():
    param = request.args.get("BenchmarkTest", "")
    bar = ipaddress.ip_address(param).compressed
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
