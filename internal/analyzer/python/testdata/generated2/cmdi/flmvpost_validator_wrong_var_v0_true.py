# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=validator_wrong_var sink=v0 expected=true
import os
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        other = "alpha"
        if not is_valid(other):
            abort(400)
        bar = param
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
