# generated case (gen_cases2): rule=PY-SSRF context=flmvget propagation=ordereddict_other sink=v1 expected=false
import requests

from collections import OrderedDict
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        od = OrderedDict([("a", "safe"), ("b", param)])
        bar = od["a"]
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
