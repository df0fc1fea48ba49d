# generated case (gen_cases2): rule=PY-SSRF context=flviewrouteparam propagation=direct sink=safe-api expected=false
import requests

from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return jsonify(result=result)


app.add_url_rule("/ssrf/<p>", view_func=HandleSsrfView.as_view("ssrf"))
