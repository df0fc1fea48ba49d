# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=helper_int sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = to_int_str(param)
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
