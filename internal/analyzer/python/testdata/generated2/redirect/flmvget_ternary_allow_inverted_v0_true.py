# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=ternary_allow_inverted sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param if param not in ALLOWED else "alpha"
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
