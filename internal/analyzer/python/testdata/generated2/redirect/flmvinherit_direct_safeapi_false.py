# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvinherit propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, redirect, request, url_for
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return redirect(url_for("search", q=bar))


class HandleRedirectView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
