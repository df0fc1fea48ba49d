# generated case: rule=PY-SQLI source=djpost propagation=switch_taint sink=v1 expected=true
import sqlite3

from django.http import JsonResponse


def handle_sqli(request):
    param = request.POST["p"]
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return JsonResponse({"result": result})
