# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=headernames propagation=ternary_fold_safe (helper class) sink=v1 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.route("/00366", methods=["GET", "POST"])
def benchmark_test_00366():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=str(result))
