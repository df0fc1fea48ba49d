# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=recursion_ident sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = unwrap(param, 3)
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
