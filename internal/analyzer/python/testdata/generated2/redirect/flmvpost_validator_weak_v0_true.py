# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=validator_weak sink=v0 expected=true
from flask import Flask, abort, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def is_short(value):
    return len(value) < 64


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        if not is_short(param):
            abort(400)
        bar = param
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
