# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=escape_from_import sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View
from markupsafe import escape


class HandleSqliView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = escape(param)
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
