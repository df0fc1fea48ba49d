# generated case (gen_cases2): rule=PY-SSRF context=flmvinherit propagation=direct sink=v0 expected=true
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


class HandleSsrfView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
