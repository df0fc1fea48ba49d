# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flviewrouteparam propagation=int sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import View

app = Flask(__name__)


class HandleRedirectView(View):
    def dispatch_request(self, p):
        param = p
        bar = str(int(param))
        return redirect(bar)


app.add_url_rule("/redirect/<p>", view_func=HandleRedirectView.as_view("redirect"))
