# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=recursion_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = unwrap(param, 3)
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
