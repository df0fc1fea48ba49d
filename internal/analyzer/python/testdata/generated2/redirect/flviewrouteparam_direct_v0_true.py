# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flviewrouteparam propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import View

app = Flask(__name__)


class HandleRedirectView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect/<p>", view_func=HandleRedirectView.as_view("redirect"))
