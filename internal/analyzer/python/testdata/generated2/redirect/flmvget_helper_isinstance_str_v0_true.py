# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=helper_isinstance_str sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = coerce(param)
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
