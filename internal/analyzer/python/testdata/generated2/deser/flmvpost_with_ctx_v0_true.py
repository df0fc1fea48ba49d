# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvpost propagation=with_ctx sink=v0 expected=true
import base64
import contextlib
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleDeserView(MethodView):
    def post(self):
        param = request.form["p"]
        with contextlib.nullcontext(param) as v:
            bar = v
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
