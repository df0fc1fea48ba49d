# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=match_const_branches sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param:
            case "a":
                bar = "first"
            case _:
                bar = "other"
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
