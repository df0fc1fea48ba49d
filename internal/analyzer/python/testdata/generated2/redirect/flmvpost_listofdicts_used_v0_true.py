# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=listofdicts_used sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[1]["n"]
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
