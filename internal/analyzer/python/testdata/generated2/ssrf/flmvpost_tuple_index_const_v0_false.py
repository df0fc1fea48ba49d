# generated case (gen_cases2): rule=PY-SSRF context=flmvpost propagation=tuple_index_const sink=v0 expected=false
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(MethodView):
    def post(self):
        param = request.form["p"]
        t = ("safe", param)
        bar = t[0]
        resp = requests.get(bar, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
