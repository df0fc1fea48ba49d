# generated case (gen_cases2): Markup() around raw input in a MethodView marks it safe -> XSS
from flask import Flask, request
from flask.views import MethodView
from markupsafe import Markup

app = Flask(__name__)


class GreetView(MethodView):
    def get(self):
        name = request.args.get("name", "")
        return Markup("<p>Hello " + name + "</p>")  # want: PY-XSS


app.add_url_rule("/greet", view_func=GreetView.as_view("greet"))
