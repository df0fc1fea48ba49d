# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=validator_ignored sink=v0 expected=true
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        is_valid(param)
        bar = param
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
