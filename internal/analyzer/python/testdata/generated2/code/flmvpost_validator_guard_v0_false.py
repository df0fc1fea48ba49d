# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvpost propagation=validator_guard sink=v0 expected=false
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCodeView(MethodView):
    def post(self):
        param = request.form["p"]
        if not is_valid(param):
            abort(400)
        bar = param
        result = str(eval(bar))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
