# generated case (gen_cases2): rule=PY-XSS context=flmvinherit propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, render_template, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return render_template("hello.html", name=bar)


class HandleXssView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
