# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=header shape=percent_dict_unused sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.route("/00141", methods=["GET", "POST"])
def benchmark_test_00141():
    param = request.headers.get("Referer", "")
    bar = "%(term)s" % {"term": "all", "extra": param}
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
