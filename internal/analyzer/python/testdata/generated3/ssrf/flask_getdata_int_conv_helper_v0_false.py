# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=getdata propagation=int_conv (helper class) sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00345", methods=["POST"])
def benchmark_test_00345():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
