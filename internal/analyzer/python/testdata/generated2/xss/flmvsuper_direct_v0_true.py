# generated case (gen_cases2): rule=PY-XSS context=flmvsuper propagation=direct sink=v0 expected=true
import logging

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return "<p>Hello " + bar + "</p>"


class HandleXssView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
