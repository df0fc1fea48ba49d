# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvget propagation=closure_nonlocal sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleDeserView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = "safe"
        def update():
            nonlocal bar
            bar = param
        update()
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return jsonify(result=result)


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))
