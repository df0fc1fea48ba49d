# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=defaultdict_missing sink=v1 expected=false
import collections

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        d = collections.defaultdict(str)
        d["p"] = param
        bar = d["q"]
        result = str(eval(bar, {"__builtins__": {}}))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
