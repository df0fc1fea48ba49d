# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=todict shape=dict_get_default_unused sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00073", methods=["GET", "POST"])
def benchmark_test_00073():
    param = request.args.to_dict().get("BenchmarkTest", "")
    options = {"term": "basic"}
    bar = options.get("term", param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
