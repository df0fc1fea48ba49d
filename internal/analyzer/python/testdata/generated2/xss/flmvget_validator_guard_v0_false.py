# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=validator_guard sink=v0 expected=false
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        if not is_valid(param):
            abort(400)
        bar = param
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
