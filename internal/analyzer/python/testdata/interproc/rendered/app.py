# py-xss: values rendered by template files that print them without escaping (|safe, autoescape-off blocks)
from django.shortcuts import render as django_render
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/raw")
def raw():
    return render_template("raw.html", bio=request.args["bio"], title=request.args["t"])  # want: PY-XSS


@app.route("/escaped")
def escaped():
    return render_template("raw.html", bio="fixed", title=request.args["t"])  # safe: PY-XSS (title is escaped)


@app.route("/plain")
def plain():
    return render_template("plain.html", bio=request.args["bio"])  # safe: PY-XSS


@app.route("/notes")
def notes():
    # A text template (a mail body, say) is not judged at the render call.
    return render_template("notes.txt", body=request.args["body"])  # safe: PY-XSS


@app.route("/mixed")
def mixed():
    return render_template("mixed.html", q=request.args["q"], footer_html="<b>shop</b>")  # safe: PY-XSS (q is escaped)


@app.route("/mixed-raw")
def mixed_raw():
    return render_template("mixed.html", q="x", footer_html=request.args["f"])  # want: PY-XSS


@app.route("/comments")
def comments():
    items = [request.args["c"]]
    return render_template("block.html", comments=items)  # want: PY-XSS


def django_view(request):
    return django_render(request, "block.html", {"comments": [request.GET["c"]]})  # want: PY-XSS


def django_view_safe(request):
    return django_render(request, "plain.html", {"bio": request.GET["bio"]})  # safe: PY-XSS


@app.route("/inline-safe-filter")
def inline_safe_filter():
    from flask import render_template_string

    return render_template_string("<p>{{ v|safe }}</p>", v=request.args["v"])  # want: PY-XSS


@app.route("/inline-escaped")
def inline_escaped():
    from flask import render_template_string

    return render_template_string("<p>{{ v }}</p>", v=request.args["v"])  # safe: PY-XSS
