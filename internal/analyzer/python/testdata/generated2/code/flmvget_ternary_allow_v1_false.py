# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=ternary_allow sink=v1 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param if param in ALLOWED else "alpha"
        result = str(eval(bar, {"__builtins__": {}}))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
