# generated case (gen_cases2): rule=PY-SSRF context=flmvpost propagation=validator_weak sink=v0 expected=true
import requests

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_short(value):
    return len(value) < 64


class HandleSsrfView(MethodView):
    def post(self):
        param = request.form["p"]
        if not is_short(param):
            abort(400)
        bar = param
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
