# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvget propagation=zip_first sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleDeserView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ""
        for a, _b in zip(["safe"], [param]):
            bar = a
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
