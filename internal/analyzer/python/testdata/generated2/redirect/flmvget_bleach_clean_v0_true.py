# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=bleach_clean sink=v0 expected=true
import bleach

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = bleach.clean(param)
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
