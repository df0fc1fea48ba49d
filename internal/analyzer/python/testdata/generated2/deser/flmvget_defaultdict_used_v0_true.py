# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvget propagation=defaultdict_used sink=v0 expected=true
import base64
import collections
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleDeserView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        d = collections.defaultdict(str)
        d["p"] = param
        bar = d["p"]
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
