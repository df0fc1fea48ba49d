# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=validator_block sink=v0 expected=false
import re

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = param
        if is_valid(bar):
            return redirect(bar)
        return jsonify(result=None)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
