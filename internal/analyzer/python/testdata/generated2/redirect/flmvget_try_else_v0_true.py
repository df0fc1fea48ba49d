# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=try_else sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        try:
            n = len(param)
        except TypeError:
            n = 0
        else:
            n = param
        bar = str(n)
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
