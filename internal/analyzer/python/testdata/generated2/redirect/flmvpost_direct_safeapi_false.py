# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = param
        return redirect(url_for("search", q=bar))


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
