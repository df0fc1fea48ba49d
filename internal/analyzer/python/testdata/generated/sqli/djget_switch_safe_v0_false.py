# generated case: rule=PY-SQLI source=djget propagation=switch_safe sink=v0 expected=false
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.GET.get("p", "")
    guess = "ABC"
    target = guess[1]
    if target == "A":
        bar = param
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return JsonResponse({"result": result})
