# generated case (gen_cases2): rule=PY-SSRF context=flmvsuper propagation=int sink=v1 expected=false
import logging
import requests

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return jsonify(result=result)


class HandleSsrfView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/ssrf", view_func=HandleSsrfView.as_view("ssrf"))
