# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=global_via_helper_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        remember(param)
        bar = LAST
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
