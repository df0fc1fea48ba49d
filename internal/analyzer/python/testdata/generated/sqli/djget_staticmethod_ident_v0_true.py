# generated case: rule=PY-SQLI source=djget propagation=staticmethod_ident sink=v0 expected=true
import sqlite3

from django.http import JsonResponse


class Util:
    @staticmethod
    def passthrough(value):
        return value


def handle_sqli(request):
    param = request.GET.get("p", "")
    bar = Util.passthrough(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": result})
