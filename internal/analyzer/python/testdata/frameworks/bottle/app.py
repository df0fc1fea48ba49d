# Bottle: module-level @route decorators, returned strings are HTML, <id:int> wildcards are numbers
import sqlite3

from bottle import redirect, request, route, template


@route("/hello")
def hello():
    name = request.query.get("name", "")
    return "<p>Hello " + name + "</p>"  # want: PY-XSS


@route("/item/<item_id:int>")
def item(item_id):
    db = sqlite3.connect("shop.db")
    return str(db.execute("SELECT * FROM items WHERE id = %s" % item_id).fetchall())  # safe: PY-SQLI (an int wildcard)


@route("/tag/<tag>")
def tag(tag):
    db = sqlite3.connect("shop.db")
    return str(db.execute("SELECT * FROM items WHERE tag = '%s'" % tag).fetchall())  # want: PY-SQLI


@route("/go")
def go():
    redirect(request.query.next)  # want: PY-OPEN-REDIRECT


@route("/card")
def card():
    return template("<b>" + request.query.title + "</b>")  # want: PY-SSTI


@route("/card2")
def card_safe():
    return template("<b>{{title}}</b>", title=request.query.title)  # safe: PY-SSTI PY-XSS (escaped by the template)


@route("/api")
def api():
    from bottle import response

    response.content_type = "application/json"
    return '{"q": "%s"}' % request.query.q  # safe: PY-XSS
