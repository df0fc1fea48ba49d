# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvinherit propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return redirect(bar)  # want: PY-OPEN-REDIRECT


class HandleRedirectView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
