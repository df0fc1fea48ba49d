# generated case: rule=PY-SQLI source=djcookies propagation=dictdispatch_safe sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.COOKIES.get("p", "")
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
