# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=getlist shape=enum_value_lookup sink=v0 expected=false
import requests

from enum import Enum
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Color(Enum):
    RED = "red"
    GREEN = "green"


@app.route("/00287", methods=["GET", "POST"])
def benchmark_test_00287():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Color(param).value
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
