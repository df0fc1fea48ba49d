# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=todict shape=zip_star_names sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00170", methods=["GET", "POST"])
def benchmark_test_00170():
    param = request.args.to_dict().get("BenchmarkTest", "")
    names, values = zip(("a", "safe"), ("b", param))
    bar = names[1]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
