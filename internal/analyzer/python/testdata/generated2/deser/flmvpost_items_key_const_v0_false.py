# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvpost propagation=items_key_const sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleDeserView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = ""
        for k, _v in {"safe": param}.items():
            bar = k
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
