# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=mutual_recursion sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ping(param, 4)
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))
