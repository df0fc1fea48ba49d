# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvpost propagation=values_loop sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = ""
        for v in {"p": param}.values():
            bar = v
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
