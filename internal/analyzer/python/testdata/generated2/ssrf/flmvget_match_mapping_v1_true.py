# generated case (gen_cases2): rule=PY-SSRF context=flmvget propagation=match_mapping sink=v1 expected=true
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match {"k": param}:
            case {"k": v}:
                bar = v
            case _:
                bar = "default"
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
