# generated case (gen_cases2): rule=PY-SSRF context=flmvpost propagation=sql_quote_doubling sink=v0 expected=true
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = param.replace("'", "''")
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
