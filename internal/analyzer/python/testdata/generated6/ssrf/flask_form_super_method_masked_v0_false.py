# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=flask source=form shape=super_method_masked sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class MaskReader(Reader):
    def get(self):
        super().get()
        return "masked"


@app.route("/00037", methods=["POST"])
def benchmark_test_00037():
    param = request.form.get("BenchmarkTest", "")
    bar = MaskReader(param).get()
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
