# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=global_set sink=v0 expected=true
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
        bar = LAST
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
