# generated case (gen_cases2): rule=PY-SSRF context=flmvget propagation=mutual_recursion sink=v1 expected=true
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleSsrfView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ping(param, 4)
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
