# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=header shape=dataclass_field sink=v0 expected=true
import requests

from dataclasses import dataclass
from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@dataclass
class Query:
    term: str
    scope: str = "all"


@app.route("/00015", methods=["GET", "POST"])
def benchmark_test_00015():
    param = request.headers.get("Referer", "")
    q = Query(term=param)
    bar = q.term
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
