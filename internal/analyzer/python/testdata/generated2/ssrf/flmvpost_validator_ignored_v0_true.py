# generated case (gen_cases2): rule=PY-SSRF context=flmvpost propagation=validator_ignored sink=v0 expected=true
import re
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSsrfView(MethodView):
    def post(self):
        param = request.form["p"]
        is_valid(param)
        bar = param
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
