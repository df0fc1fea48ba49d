# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=listofdicts_other sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[0]["n"]
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
