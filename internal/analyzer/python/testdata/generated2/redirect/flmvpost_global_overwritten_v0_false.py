# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=global_overwritten sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
