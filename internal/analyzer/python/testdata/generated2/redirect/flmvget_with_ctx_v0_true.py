# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=with_ctx sink=v0 expected=true
import contextlib

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        with contextlib.nullcontext(param) as v:
            bar = v
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
