# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=validator_wrong_var sink=v0 expected=true
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        other = "alpha"
        if not is_valid(other):
            abort(400)
        bar = param
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
