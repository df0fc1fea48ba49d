# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flviewrouteparam propagation=direct sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)


class HandleDeserView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser/<p>", view_func=HandleDeserView.as_view("deser"))
