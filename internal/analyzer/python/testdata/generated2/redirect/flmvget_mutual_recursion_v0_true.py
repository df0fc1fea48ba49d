# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=mutual_recursion sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ping(param, 4)
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
