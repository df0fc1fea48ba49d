# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flviewrouteparam propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for
from flask.views import View

app = Flask(__name__)


class HandleRedirectView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        return redirect(url_for("search", q=bar))


app.add_url_rule("/redirect/<p>", view_func=HandleRedirectView.as_view("redirect"))
