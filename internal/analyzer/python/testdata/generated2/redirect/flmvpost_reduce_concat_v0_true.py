# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=reduce_concat sink=v0 expected=true
import functools

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = functools.reduce(lambda a, b: a + b, [param, ""], "")
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
