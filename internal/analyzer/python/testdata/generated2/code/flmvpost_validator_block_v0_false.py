# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=validator_block sink=v0 expected=false
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = param
        result = None
        if is_valid(bar):
            result = str(eval(bar))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
