# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=match_capture sink=v0 expected=true
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param:
            case str(s):
                bar = s
            case _:
                bar = "default"
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
