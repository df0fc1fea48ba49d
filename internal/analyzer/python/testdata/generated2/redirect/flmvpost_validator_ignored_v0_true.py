# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=validator_ignored sink=v0 expected=true
import re

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        is_valid(param)
        bar = param
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
