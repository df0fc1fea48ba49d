# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=global_via_helper sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = value


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        remember(param)
        bar = LAST
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
