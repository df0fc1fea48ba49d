# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvpost propagation=helper_isinstance_str sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleDeserView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = coerce(param)
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
