# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=global_overwritten sink=v0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


LAST = ""


class HandleSqliView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
