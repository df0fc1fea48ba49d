# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=formlist shape=params_dict_call sink=specific expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
SEARCH_URL = "https://api.example.com/search"


@app.route("/00418", methods=["POST"])
def benchmark_test_00418():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    resp = requests.get(SEARCH_URL, params=dict(q=bar, page=1), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
