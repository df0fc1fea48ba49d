# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=helper_isinstance sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = coerce(param)
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
