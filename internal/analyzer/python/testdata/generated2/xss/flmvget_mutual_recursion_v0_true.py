# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=mutual_recursion sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ping(param, 4)
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
