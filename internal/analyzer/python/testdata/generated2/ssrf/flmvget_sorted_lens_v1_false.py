# generated case (gen_cases2): rule=PY-SSRF context=flmvget propagation=sorted_lens sink=v1 expected=false
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(sorted([len(param), 3])[0])
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
