# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=escape_from_import sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView
from markupsafe import escape

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = escape(param)
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
