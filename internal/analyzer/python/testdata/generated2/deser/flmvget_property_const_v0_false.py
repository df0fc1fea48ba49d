# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvget propagation=property_const sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


class HandleDeserView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = Wrapper(param).label
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
