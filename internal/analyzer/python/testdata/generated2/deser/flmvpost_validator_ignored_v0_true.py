# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvpost propagation=validator_ignored sink=v0 expected=true
import base64
import pickle
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleDeserView(MethodView):
    def post(self):
        param = request.form["p"]
        is_valid(param)
        bar = param
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
