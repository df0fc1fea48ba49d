# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=querystring propagation=list_pop_taint (helper class) sink=v1 expected=true
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.route("/00372", methods=["GET", "POST"])
def benchmark_test_00372():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
