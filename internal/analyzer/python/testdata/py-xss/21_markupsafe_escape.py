# XSS FALSE: markupsafe.escape on the name; Markup.format also escapes its arguments
from flask import Flask, make_response, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    greeting = "<div>Welcome back, " + escape(name) + "!</div>"
    footer = Markup("<footer>Signed in as {}</footer>").format(name)
    return make_response(greeting + footer)
